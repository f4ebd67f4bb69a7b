/** The agency's coverage page of a campaign: record, correct and remove the articles it obtained. */
package io.relance.interfaces.web.coverage;
