@GenerateClient(model = LibraryModel.class, name = "Library")
package com.example.path;

import com.example.path.model.LibraryModel;
import io.mailwright.model.GenerateClient;
