/** EJB timer entry points: the few @Schedule timers that drive the sequence engine. */
package io.relance.interfaces.scheduling;
