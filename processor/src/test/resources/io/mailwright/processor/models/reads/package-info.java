@GenerateClient(model = ReadsModel.class, name = "Shelf")
package com.example.reads;

import com.example.reads.model.ReadsModel;
import io.mailwright.model.GenerateClient;
