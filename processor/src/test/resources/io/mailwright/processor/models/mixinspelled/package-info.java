@GenerateClient(model = JournalModel.class, name = "JournalClient")
package com.example.mixinspelled;

import com.example.mixinspelled.model.JournalModel;
import io.mailwright.model.GenerateClient;
