@GenerateClient(model = ShelfModel.class, name = "ShelvesClient")
package com.example.naming;

import com.example.naming.model.ShelfModel;
import io.mailwright.model.GenerateClient;
