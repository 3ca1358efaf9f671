package org.zhaoshang.crm.security.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.storage.Store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The first users of a store without any. On the embedded demo store: one demo user per role, all with the password
 * {@value #DEMO_PASSWORD}, and the staff members who own the demo leads. Anywhere else: the administrator named by {@code ZHAOSHANG_ADMIN_USER} /
 * {@code ZHAOSHANG_ADMIN_PASSWORD}, or else a one-time setup link in the log. There is no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the demo data, whose key projects name the demo leaders
public class UserBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_AMBASSADOR = "demo-amb-london";
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserStore users;
    private final UserAdministration administration;
    private final PasswordEncoder passwords;
    private final Store store;
    private final Clock clock;
    private final boolean demoData;
    private final String adminUser;
    private final String adminPassword;
    private final String baseUrl;
    private volatile String setupToken;

    UserBootstrap(UserStore users, UserAdministration administration, PasswordEncoder passwords, Store store,
                  Clock clock, @Value("${zhaoshang.demo-data:true}") boolean demoData,
                  @Value("${zhaoshang.admin-user:}") String adminUser,
                  @Value("${zhaoshang.admin-password:}") String adminPassword,
                  @Value("${zhaoshang.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.users = users;
        this.administration = administration;
        this.passwords = passwords;
        this.store = store;
        this.clock = clock;
        this.demoData = demoData;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        if (store.isEmbedded() && demoData) {
            addDemoUsers();
        } else if (!adminUser.isBlank()) {
            administration.create(Caller.SYSTEM, new NewUser(adminUser, adminUser, adminPassword, Set.of(Role.ADMIN),
                                                             null));
            log.info("Created the administrator '{}' from ZHAOSHANG_ADMIN_USER", adminUser);
        } else {
            byte[] token = new byte[24];
            new SecureRandom().nextBytes(token);
            setupToken = HexFormat.of().formatHex(token);
            log.warn("*** No users yet. Create the first administrator at {}/setup?token={} (this link works once, "
                             + "until the next start) or start with ZHAOSHANG_ADMIN_USER and "
                             + "ZHAOSHANG_ADMIN_PASSWORD. ***", baseUrl, setupToken);
        }
    }

    private void addDemoUsers() {
        var now = clock.instant();
        String hash = passwords.encode(DEMO_PASSWORD);
        List.of(new StoredUser("staff", "张伟", hash, Set.of(Role.STAFF), null, true, 0, now, now),
                new StoredUser("staff-li.na", "李娜", hash, Set.of(Role.STAFF), null, true, 0, now, now),
                new StoredUser("staff-wang.fang", "王芳", hash, Set.of(Role.STAFF), null, true, 0, now, now),
                new StoredUser("staff-liu.yang", "刘阳", hash, Set.of(Role.STAFF), null, true, 0, now, now),
                new StoredUser("staff-zhou.min", "周敏（楼长）", hash, Set.of(Role.STAFF), null, true, 0, now, now),
                new StoredUser("ambassador", "Fleet Street Advisory", hash, Set.of(Role.AMBASSADOR), DEMO_AMBASSADOR,
                               true, 0, now, now),
                new StoredUser("manager", "王建国（局长）", hash, Set.of(Role.MANAGER), null, true, 0, now, now),
                new StoredUser("admin", "系统管理员", hash, Set.of(Role.ADMIN), null, true, 0, now, now),
                new StoredUser("leader", "赵立新（副区长）", hash, Set.of(Role.LEADER), null, true, 0, now, now),
                new StoredUser("leader-sun.hai", "孙海（副区长）", hash, Set.of(Role.LEADER), null, true, 0, now, now))
            .forEach(users::insert);
        keyProjectUsers(hash, now).forEach(users::insert);
        log.warn("*** DEMO USERS: staff, ambassador, manager, admin and leader (and staff-li.na, staff-wang.fang and "
                         + "staff-liu.yang, who own demo leads, the building manager staff-zhou.min, and the leader "
                         + "leader-sun.hai), each with the password "
                         + "'{}'. This is a demo store: never put real data in it. ***", DEMO_PASSWORD);
        log.warn("*** DEMO USERS of the key projects: the leaders leader-li.ming and leader-chen.jing, and one user "
                         + "of each department: dept-fgj, dept-swj, dept-zrzyj, dept-zjj, dept-scjgj, dept-swuj, "
                         + "dept-rsj and dept-jrb, each with the password '{}'. ***", DEMO_PASSWORD);
    }

    /**
     * Two more leaders who answer for the demo's key projects, and one staff member of each demo department (the
     * demo's DemoDepartment defines the departments with these codes), who note progress on its problems.
     */
    private static List<StoredUser> keyProjectUsers(String hash, Instant now) {
        List<StoredUser> people = new ArrayList<>(List.of(
                new StoredUser("leader-li.ming", "李明（常务副区长）", hash, Set.of(Role.LEADER), null, true, 0, now, now),
                new StoredUser("leader-chen.jing", "陈静（副区长）", hash, Set.of(Role.LEADER), null, true, 0, now,
                               now)));
        String[][] departmentUsers = {{"fgj", "周敏（区发改局）"}, {"swj", "吴昊（区商务局）"},
                                      {"zrzyj", "郑洁（区自然资源局）"}, {"zjj", "冯涛（区住建局）"},
                                      {"scjgj", "陈晨（区市场监管局）"}, {"swuj", "褚磊（区税务局）"},
                                      {"rsj", "卫华（区人社局）"}, {"jrb", "蒋琳（区金融办）"}};
        for (String[] user : departmentUsers) {
            people.add(new StoredUser("dept-" + user[0], user[1], hash, Set.of(Role.STAFF), null, true, 0, now, now,
                                      user[0]));
        }
        return people;
    }

    /** Creates the first administrator with the one-time setup token from the log; false when it does not match. */
    public boolean setUp(String token, NewUser administrator) {
        String expected = setupToken;
        if (expected == null || token == null || !java.security.MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8)) || !users.isEmpty()) {
            return false;
        }
        administration.create(Caller.SYSTEM, new NewUser(administrator.username(), administrator.displayName(),
                                                         administrator.password(), Set.of(Role.ADMIN), null));
        setupToken = null;
        return true;
    }
}
