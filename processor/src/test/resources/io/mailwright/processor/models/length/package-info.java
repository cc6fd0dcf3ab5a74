@GenerateClient(model = ProfileModel.class, name = "ProfilesClient")
package com.example.length;

import com.example.length.model.ProfileModel;
import io.mailwright.model.GenerateClient;
