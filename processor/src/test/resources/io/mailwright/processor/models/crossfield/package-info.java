@GenerateClient(model = MessageModel.class, name = "Messages")
package com.example.crossfield;

import com.example.crossfield.model.MessageModel;
import io.mailwright.model.GenerateClient;
