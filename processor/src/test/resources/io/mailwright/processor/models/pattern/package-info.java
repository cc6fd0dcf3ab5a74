@GenerateClient(model = CouponModel.class, name = "CouponsClient")
package com.example.pattern;

import com.example.pattern.model.CouponModel;
import io.mailwright.model.GenerateClient;
