@GenerateClient(model = OrderModel.class, name = "OrdersClient")
package com.example.list;

import com.example.list.model.OrderModel;
import io.mailwright.model.GenerateClient;
