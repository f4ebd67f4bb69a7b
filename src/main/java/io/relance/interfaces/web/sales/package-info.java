/** The page where the agency keeps its standard quote and its proposal templates ("Devis et propositions"). */
package io.relance.interfaces.web.sales;
