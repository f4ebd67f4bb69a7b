package io.relance.interfaces.web.giveway;

import io.relance.application.common.GiveWay;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Tells {@link GiveWay} how long each request took, pages, API and resources alike: together they
 * are how busy people keep the node, which an import reads to know when to rest. A request still
 * running counts when it ends, so an upload that plans its own file never counts against itself.
 */
@WebFilter(urlPatterns = "/*")
public class ServingFilter extends HttpFilter {

    @Inject
    GiveWay giveWay;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            giveWay.served(System.nanoTime() - start);
        }
    }
}
