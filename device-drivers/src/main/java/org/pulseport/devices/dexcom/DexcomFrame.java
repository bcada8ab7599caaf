package org.pulseport.devices.dexcom;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One receiver packet: a command (request) or reply code (response) and its payload. On the wire it is
 * {@code SOH(0x01) | total length (u16 LE) | command | payload | CRC-16 (u16 LE)}; see {@link DexcomFrameCodec}.
 */
public record DexcomFrame(int command, byte[] payload) {

    public DexcomFrame {
        if (command < 0 || command > 0xFF) {
            throw new IllegalArgumentException("command out of range: " + command);
        }
        payload = payload.clone();
    }

    public static DexcomFrame of(DexcomCommand command, byte... payload) {
        return new DexcomFrame(command.code(), payload);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    public boolean is(DexcomCommand expected) {
        return command == expected.code();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DexcomFrame frame && frame.command == command && Arrays.equals(frame.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * command + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String name = DexcomCommand.fromCode(command).map(Enum::name).orElse("0x" + Integer.toHexString(command));
        String hex = HexFormat.of().formatHex(payload, 0, Math.min(payload.length, 16));
        return "DexcomFrame[" + name + ", " + payload.length + " bytes " + hex + (payload.length > 16 ? "...]" : "]");
    }
}
