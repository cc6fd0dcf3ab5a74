@GenerateClient(model = MessageModel.class, name = "MessagesClient")
package com.example.crossfield;

import com.example.crossfield.model.MessageModel;
import io.mailwright.model.GenerateClient;
