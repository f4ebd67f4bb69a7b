package io.relance.interfaces.web.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network a request comes from, the key of the per-network limits. X-Forwarded-For is anyone's
 * to write, so it is read only when the operator says a proxy in front is trusted
 * ({@code relance.ratelimit.trusted-proxy}, RELANCE_RATELIMIT_TRUSTED_PROXY), and then only its
 * last entry: the address that proxy saw (what the client wrote before it is ignored). An IPv6
 * client counts by its /64, which is what one subscriber gets.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "relance.ratelimit.trusted-proxy", defaultValue = "false")
    boolean trustedProxy;

    public String network(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = trustedProxy ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            address = hops[hops.length - 1].strip();
        }
        return network(address);
    }

    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|]$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address; // not an address (a forged header): counted as the text it is
        }
    }
}
