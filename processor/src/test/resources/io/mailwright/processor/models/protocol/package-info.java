@GenerateClient(model = KennelModel.class, name = "Kennel")
package com.example.protocol;

import com.example.protocol.model.KennelModel;
import io.mailwright.model.GenerateClient;
