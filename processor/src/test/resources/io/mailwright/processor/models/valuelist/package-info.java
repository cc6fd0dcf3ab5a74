@GenerateClient(model = PaintModel.class, name = "PaintsClient")
package com.example.valuelist;

import com.example.valuelist.model.PaintModel;
import io.mailwright.model.GenerateClient;
