package org.zhaoshang.crm.security.users;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.DisplayNamed;

import java.util.Collection;
import java.util.Set;

/** The principal of a signed-in user: who they are, their roles (as Spring authorities ROLE_…) and version. */
public final class SignedInUser implements UserDetails, CredentialsContainer, DisplayNamed {

    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final String ambassadorId;
    private final boolean enabled;
    private final long version;
    private String passwordHash;

    SignedInUser(StoredUser user) {
        this.username = user.username();
        this.displayName = user.displayName();
        this.roles = user.roles();
        this.ambassadorId = user.ambassadorId();
        this.enabled = user.enabled();
        this.version = user.version();
        this.passwordHash = user.passwordHash();
    }

    public Caller caller() {
        return Caller.user(username, roles, ambassadorId);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    long version() {
        return version;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
