package org.tributary.security.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The network an address belongs to, for limits that one person with many addresses should not slip past:
 * the /24 of an IPv4 address, the /64 of an IPv6 one (an IPv4-mapped IPv6 address counts as IPv4).
 */
public final class AddressBlock {

    private static final Pattern LITERAL =
            Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]{0,45}:[0-9A-Fa-f:.]{0,45}(%[0-9A-Za-z]{1,16})?");

    private AddressBlock() {}

    public static String of(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return "other:" + address;
        }
        try {
            // A literal (checked above), so no name is looked up.
            InetAddress parsed = InetAddress.getByName(address.replaceFirst("%.*$", ""));
            byte[] bytes = parsed.getAddress();
            if (parsed instanceof Inet4Address) {
                return InetAddress.getByAddress(withZeroes(bytes, 3)).getHostAddress() + "/24";
            }
            if (parsed instanceof Inet6Address) {
                return InetAddress.getByAddress(withZeroes(bytes, 8)).getHostAddress() + "/64";
            }
        } catch (UnknownHostException e) {
            // not an address: its own block
        }
        return "other:" + address;
    }

    private static byte[] withZeroes(byte[] address, int keep) {
        byte[] block = Arrays.copyOf(address, address.length);
        Arrays.fill(block, keep, block.length, (byte) 0);
        return block;
    }
}
