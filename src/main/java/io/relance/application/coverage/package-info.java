/** Recording a campaign's coverage (chefs de projet and directeurs); its client reads it on the client page. */
package io.relance.application.coverage;
