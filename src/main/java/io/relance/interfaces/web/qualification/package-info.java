/** Ma journée's qualification card and its next action, and the directeur's qualification settings page. */
package io.relance.interfaces.web.qualification;
