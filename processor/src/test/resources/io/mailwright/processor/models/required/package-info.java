@GenerateClient(model = WidgetModel.class, name = "WidgetsClient")
package com.example.required;

import com.example.required.model.WidgetModel;
import io.mailwright.model.GenerateClient;
