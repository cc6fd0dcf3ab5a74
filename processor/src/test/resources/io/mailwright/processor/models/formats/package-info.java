@GenerateClient(model = ContactModel.class, name = "ContactsClient")
package com.example.formats;

import com.example.formats.model.ContactModel;
import io.mailwright.model.GenerateClient;
