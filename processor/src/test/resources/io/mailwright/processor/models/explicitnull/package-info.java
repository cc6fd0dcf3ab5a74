@GenerateClient(model = TicketModel.class, name = "TicketsClient")
package com.example.explicitnull;

import com.example.explicitnull.model.TicketModel;
import io.mailwright.model.GenerateClient;
