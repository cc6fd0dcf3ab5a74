/** A user's own model (not Help Scout's), compiled by this module's test build with the processor. */
@GenerateClient(model = ShopModel.class, name = "Shop")
package com.example.shop;

import com.example.shop.model.ShopModel;
import io.mailwright.model.GenerateClient;
