/**
 * The server-rendered screens (PrimeFaces): one sub-package per feature, beans named after their pages.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web;
