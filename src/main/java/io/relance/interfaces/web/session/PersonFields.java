package io.relance.interfaces.web.session;

import java.io.Serializable;

/** The name and email fields that the sign-up and invitation forms share. */
public class PersonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;

    public void clear() {
        firstName = null;
        lastName = null;
        email = null;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
