@GenerateClient(model = OrderModel.class, name = "Orders")
package com.example.list;

import com.example.list.model.OrderModel;
import io.mailwright.model.GenerateClient;
