package org.tributary.security.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Files sealed at rest with the keys of {@link SecretCipher} in a streaming layout (decision 42): a header
 * (magic {@code TRSF}, version 1, a random 16-byte file id) and then the file in chunks of 64 KiB, each
 * sealed on its own with AES-256-GCM under a fresh random nonce ({@code nonce | ciphertext | tag}). Every
 * chunk's associated data is the header, the key id, the chunk's index and whether it is the last one, so
 * chunks cannot be reordered, moved to another file or key, dropped from the end, or added after it. A
 * reader opens the file one chunk at a time: memory is one chunk whatever the file's size.
 *
 * <p>The layout is the STREAM construction that Tink's streaming AEAD uses; Tink itself would bring its own
 * keyset format and protobuf, while the key envelope and its rotation are {@link SecretCipher}'s.
 */
public final class SealedFiles {

    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = {'T', 'R', 'S', 'F', 1};
    private static final int HEADER = MAGIC.length + 16;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretCipher keys;

    public SealedFiles(SecretCipher keys) {
        this.keys = keys;
    }

    /** The key new files are sealed with: its id goes beside the sealed bytes. */
    public String activeKeyId() {
        return keys.activeKeyId();
    }

    public byte[] seal(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sealedSize(plain.length));
        try {
            seal(new ByteArrayInputStream(plain), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The size of a file of {@code plainBytes} once sealed. */
    public static int sealedSize(long plainBytes) {
        long chunks = Math.max(1, (plainBytes + CHUNK - 1) / CHUNK);
        long size = HEADER + plainBytes + chunks * (NONCE + TAG);
        return (int) Math.min(Integer.MAX_VALUE - 8, size);
    }

    /** Seals with the active key, reading and writing one chunk at a time. */
    public void seal(InputStream plain, OutputStream out) throws IOException {
        String keyId = keys.activeKeyId();
        byte[] header = Arrays.copyOf(MAGIC, HEADER);
        byte[] fileId = new byte[16];
        RANDOM.nextBytes(fileId);
        System.arraycopy(fileId, 0, header, MAGIC.length, fileId.length);
        out.write(header);
        byte[] chunk = plain.readNBytes(CHUNK);
        long index = 0;
        while (true) {
            int lookAhead = chunk.length == CHUNK ? plain.read() : -1;
            boolean last = lookAhead < 0;
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            out.write(nonce);
            out.write(crypt(Cipher.ENCRYPT_MODE, keyId, header, nonce, index, last, chunk, chunk.length));
            if (last) {
                return;
            }
            byte[] rest = plain.readNBytes(CHUNK - 1);
            chunk = new byte[rest.length + 1];
            chunk[0] = (byte) lookAhead;
            System.arraycopy(rest, 0, chunk, 1, rest.length);
            index++;
        }
    }

    /** Reads a file sealed with the key {@code keyId}; a chunk that fails its check is an {@link IOException}. */
    public InputStream open(String keyId, InputStream sealed) {
        keys.key(keyId); // a key that is not configured fails here, not at the first read
        return new Opening(keyId, sealed);
    }

    public byte[] open(String keyId, byte[] sealed) {
        try (InputStream in = open(keyId, new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("a sealed file failed its integrity check", e);
        }
    }

    private byte[] crypt(
            int mode, String keyId, byte[] header, byte[] nonce, long index, boolean last, byte[] in, int length)
            throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, keys.key(keyId), new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            cipher.updateAAD(ByteBuffer.allocate(9)
                    .putLong(index)
                    .put((byte) (last ? 1 : 0))
                    .array());
            return cipher.doFinal(in, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("chunk " + index + " of a sealed file failed its integrity check", e);
        }
    }

    private final class Opening extends InputStream {

        private final String keyId;
        private final InputStream sealed;
        private byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean ended;
        private int lookAhead = -2;

        Opening(String keyId, InputStream sealed) {
            this.keyId = keyId;
            this.sealed = sealed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            while (position == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, into, offset, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            if (header == null) {
                header = sealed.readNBytes(HEADER);
                if (header.length < HEADER || !Arrays.equals(MAGIC, Arrays.copyOf(header, MAGIC.length))) {
                    throw new IOException("not a sealed file");
                }
            }
            byte[] chunk = new byte[NONCE + CHUNK + TAG];
            int read = 0;
            if (lookAhead >= 0) {
                chunk[read++] = (byte) lookAhead;
            }
            read += sealed.readNBytes(chunk, read, chunk.length - read);
            lookAhead = read == chunk.length ? sealed.read() : -1;
            boolean last = lookAhead < 0;
            if (read < NONCE + TAG) {
                throw new IOException("a sealed file ends inside chunk " + index);
            }
            byte[] nonce = Arrays.copyOf(chunk, NONCE);
            plain = crypt(
                    Cipher.DECRYPT_MODE,
                    keyId,
                    header,
                    nonce,
                    index,
                    last,
                    Arrays.copyOfRange(chunk, NONCE, read),
                    read - NONCE);
            position = 0;
            index++;
            ended = last;
        }

        @Override
        public void close() throws IOException {
            sealed.close();
        }
    }
}
