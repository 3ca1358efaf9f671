package org.zhaoshang.crm.supervision.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.security.users.UserAdministration;
import org.zhaoshang.crm.ui.KaribuSpringTest;

/** A supervision view against the real application, with a scene of its own for each test. */
abstract class SupervisionViewTest extends KaribuSpringTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    UserAdministration users;

    SupervisionScene scene() {
        return new SupervisionScene(commands, queries, users);
    }
}
