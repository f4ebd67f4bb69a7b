/** The public sign-up page: an agency and its director in one form. */
package io.relance.interfaces.web.signup;
