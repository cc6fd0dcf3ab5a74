@GenerateClient(model = ContactModel.class, name = "Contacts")
package com.example.formats;

import com.example.formats.model.ContactModel;
import io.mailwright.model.GenerateClient;
