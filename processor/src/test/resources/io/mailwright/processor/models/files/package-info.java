@GenerateClient(model = FilesModel.class, name = "FileStore")
package com.example.files;

import com.example.files.model.FilesModel;
import io.mailwright.model.GenerateClient;
