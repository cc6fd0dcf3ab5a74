@GenerateClient(model = PaintModel.class, name = "Paints")
package com.example.valuelist;

import com.example.valuelist.model.PaintModel;
import io.mailwright.model.GenerateClient;
