/** The current agency as the screens show it (name in the header). */
package io.relance.application.tenant;
