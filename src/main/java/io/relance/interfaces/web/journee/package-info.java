/** "Ma journée": the caller's queue and the card of the call at hand, worked with the keyboard. */
package io.relance.interfaces.web.journee;
