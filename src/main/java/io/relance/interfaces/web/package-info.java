/** The server-rendered screens (PrimeFaces): one sub-package per feature, beans named after their pages. */
package io.relance.interfaces.web;
