package st.connection.ui.internal.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The key under which a client address is counted: an IPv4 address as it is, an IPv6 address by its
 * /64 network, since one machine gets a whole /64 and can change its address within it at will.
 */
final class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.%a-zA-Z]+\\]?");

    private ClientAddress() {
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":") || !IPV6_LITERAL.matcher(remoteAddress).matches()) {
            return String.valueOf(remoteAddress);
        }
        try {
            // A literal with ':' is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException malformed) {
            return remoteAddress;
        }
    }
}
