/**
 * The server-rendered screens (PrimeFaces): one sub-package per feature, beans named after their pages.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web;
