@GenerateClient(model = JournalModel.class, name = "JournalClient")
package com.example.mixin;

import com.example.mixin.model.JournalModel;
import io.mailwright.model.GenerateClient;
