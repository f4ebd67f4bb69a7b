package io.relance.domain.sms;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an agency's SMS provider may be: anywhere on the Internet, never inside our own network
 * (see {@link InternalAddresses}) unless the operator of this installation allows it by name or by
 * block (a test stack's local doubles, an operator's gateway in the same data centre). Any agency's
 * directeur types these addresses, so one internal address among a name's answers is enough to
 * refuse: the connection could be made to that one.
 */
public final class TargetPolicy {

    private final Set<String> names;
    private final List<Cidr> blocks;
    private final List<String> unreadable;

    private TargetPolicy(Set<String> names, List<Cidr> blocks, List<String> unreadable) {
        this.names = Set.copyOf(names);
        this.blocks = List.copyOf(blocks);
        this.unreadable = List.copyOf(unreadable);
    }

    /** Nothing internal allowed: the production default. */
    public static TargetPolicy strict() {
        return new TargetPolicy(Set.of(), List.of(), List.of());
    }

    /**
     * The operator's allow-list: host names and address blocks separated by commas
     * ({@code localhost, 127.0.0.0/8, ::1, smpp.lan}). Entries that are neither are kept aside
     * ({@link #unreadable()}) so that the operator can be told, and allow nothing.
     */
    public static TargetPolicy allowing(String list) {
        Set<String> names = new HashSet<>();
        List<Cidr> blocks = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            Optional<Cidr> block = Cidr.parse(e);
            if (block.isPresent()) {
                blocks.add(block.get());
            } else if (e.matches("[A-Za-z0-9._-]+") && !e.contains("/")) {
                names.add(name(e));
            } else {
                unreadable.add(e);
            }
        }
        return new TargetPolicy(names, blocks, unreadable);
    }

    public List<String> unreadable() {
        return unreadable;
    }

    /** Whether the host as typed is allowed by name, whatever it resolves to. */
    public boolean allowsName(String host) {
        return host != null && names.contains(name(host));
    }

    /**
     * The first of a host's addresses that may not be reached (internal and not allowed), if any.
     * A name on the allow-list reaches wherever it points: the operator vouched for it.
     */
    public Optional<InetAddress> refused(String host, Collection<InetAddress> addresses) {
        if (allowsName(host)) {
            return Optional.empty();
        }
        return addresses.stream().filter(a -> !allows(a)).findFirst();
    }

    /** Whether this one address may be reached. */
    public boolean allows(InetAddress address) {
        return !InternalAddresses.isInternal(address) || blocks.stream().anyMatch(b -> b.contains(address));
    }

    /** Case, brackets and a trailing dot do not make another name. */
    private static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
