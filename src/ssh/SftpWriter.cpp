#include "SftpWriter.h"

#include <QElapsedTimer>
#include <QtEndian>

#include <libssh/libssh.h>

namespace {

// SFTP v3 packet types and flags (draft-ietf-secsh-filexfer-02).
constexpr char fxpInit = 1;
constexpr char fxpVersion = 2;
constexpr char fxpOpen = 3;
constexpr char fxpClose = 4;
constexpr char fxpWrite = 6;
constexpr char fxpRemove = 13;
constexpr char fxpSetstat = 9;
constexpr char fxpExtended = char(200);
constexpr char fxpStatus = 101;
constexpr char fxpHandle = 102;
constexpr quint32 fxfWrite = 0x02;
constexpr quint32 fxfCreat = 0x08;
constexpr quint32 fxfTrunc = 0x10;
constexpr quint32 attrPermissions = 0x04;

constexpr qsizetype requestSize = 64 * 1024; // OpenSSH's sftp-server accepts up to 256 KiB
constexpr int maxOutstanding = 32;

void putU32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void putString(QByteArray& out, const char* data, qsizetype size)
{
    putU32(out, quint32(size));
    out.append(data, size);
}

quint32 getU32(const QByteArray& in, qsizetype at)
{
    return in.size() >= at + 4 ? qFromBigEndian<quint32>(in.constData() + at) : 0;
}

} // namespace

SftpWriter::SftpWriter(ssh_session_struct* session, const std::atomic_bool& cancel, int timeoutSeconds)
    : m_session(session)
    , m_cancel(cancel)
    , m_timeoutMs(qMax(1, timeoutSeconds) * 1000)
{}

SftpWriter::~SftpWriter()
{
    if (m_channel) {
        ssh_channel_send_eof(m_channel);
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
}

bool SftpWriter::start()
{
    if (m_channel)
        return true;
    m_channel = ssh_channel_new(m_session);
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK ||
        ssh_channel_request_subsystem(m_channel, "sftp") != SSH_OK) {
        m_error = QString::fromUtf8(ssh_get_error(m_session));
        return false;
    }
    QByteArray init;
    putU32(init, 3);
    char type = 0;
    QByteArray reply;
    if (!send(fxpInit, init) || !readPacket(&type, &reply))
        return false;
    if (type != fxpVersion) {
        m_error = QStringLiteral("unexpected SFTP answer %1 to INIT").arg(int(type));
        return false;
    }
    // Extensions follow the version as (name, data) string pairs.
    for (qsizetype at = 4; at + 4 <= reply.size();) {
        const quint32 nameLength = getU32(reply, at);
        const QByteArray name = reply.mid(at + 4, nameLength);
        at += 4 + nameLength;
        const quint32 dataLength = getU32(reply, at);
        const QByteArray data = reply.mid(at + 4, dataLength);
        at += 4 + dataLength;
        if (name == "posix-rename@openssh.com" && data == "1")
            m_posixRename = true;
    }
    return true;
}

bool SftpWriter::send(char type, const QByteArray& payload)
{
    QByteArray packet;
    putU32(packet, quint32(payload.size() + 1));
    packet.append(type);
    packet.append(payload);
    qsizetype written = 0;
    while (written < packet.size()) {
        const int n =
            ssh_channel_write(m_channel, packet.constData() + written, uint32_t(packet.size() - written));
        if (n == SSH_ERROR) {
            m_error = QString::fromUtf8(ssh_get_error(m_session));
            return false;
        }
        written += n;
    }
    return true;
}

bool SftpWriter::readPacket(char* type, QByteArray* payload)
{
    QElapsedTimer idle;
    idle.start();
    char buffer[16384];
    for (;;) {
        if (m_input.size() >= 4) {
            const quint32 length = getU32(m_input, 0);
            if (length == 0 || length > 16 * 1024 * 1024) {
                m_error = QStringLiteral("malformed SFTP packet");
                return false;
            }
            if (m_input.size() >= qsizetype(length) + 4) {
                *type = m_input.at(4);
                *payload = m_input.mid(5, length - 1);
                m_input.remove(0, length + 4);
                return true;
            }
        }
        if (m_cancel) {
            m_cancelled = true;
            m_error = QStringLiteral("cancelled");
            return false;
        }
        const int n = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 0, 100);
        if (n == SSH_ERROR || (n == 0 && ssh_channel_is_eof(m_channel))) {
            m_error = n == SSH_ERROR ? QString::fromUtf8(ssh_get_error(m_session))
                                     : QStringLiteral("the SFTP server closed the channel");
            return false;
        }
        if (n > 0) {
            m_input.append(buffer, n);
            idle.restart();
        } else if (idle.elapsed() > m_timeoutMs) {
            m_error = QStringLiteral("the SFTP server did not answer within %1 s").arg(m_timeoutMs / 1000);
            return false;
        }
    }
}

bool SftpWriter::expectStatus(const QByteArray& payload, const char* what)
{
    const quint32 code = getU32(payload, 4);
    if (code == 0)
        return true;
    const quint32 length = getU32(payload, 8);
    m_error = QStringLiteral("%1: %2 (SFTP status %3)")
                  .arg(QLatin1String(what), QString::fromUtf8(payload.mid(12, length)))
                  .arg(code);
    return false;
}

bool SftpWriter::open(const QByteArray& path, int mode)
{
    if (!start())
        return false;
    QByteArray request;
    putU32(request, nextId());
    putString(request, path.constData(), path.size());
    putU32(request, fxfWrite | fxfCreat | fxfTrunc);
    putU32(request, attrPermissions);
    putU32(request, quint32(mode));
    char type = 0;
    QByteArray reply;
    if (!send(fxpOpen, request) || !readPacket(&type, &reply))
        return false;
    if (type == fxpStatus)
        return expectStatus(reply, "open");
    if (type != fxpHandle) {
        m_error = QStringLiteral("unexpected SFTP answer %1 to OPEN").arg(int(type));
        return false;
    }
    m_handle = reply.mid(8, getU32(reply, 4));
    m_offset = 0;
    return true;
}

bool SftpWriter::waitForReplies(int keepOutstanding)
{
    while (m_outstanding > keepOutstanding) {
        char type = 0;
        QByteArray reply;
        if (!readPacket(&type, &reply))
            return false;
        --m_outstanding;
        if (type != fxpStatus || !expectStatus(reply, "write"))
            return false;
    }
    return true;
}

bool SftpWriter::write(const char* data, qsizetype size)
{
    for (qsizetype done = 0; done < size;) {
        const qsizetype chunk = qMin(requestSize, size - done);
        QByteArray request;
        request.reserve(chunk + 64);
        putU32(request, nextId());
        putString(request, m_handle.constData(), m_handle.size());
        putU32(request, quint32(m_offset >> 32));
        putU32(request, quint32(m_offset & 0xffffffffu));
        putString(request, data + done, chunk);
        if (!send(fxpWrite, request))
            return false;
        ++m_outstanding;
        m_offset += quint64(chunk);
        done += chunk;
        if (!waitForReplies(maxOutstanding - 1))
            return false;
    }
    return true;
}

bool SftpWriter::close()
{
    if (!waitForReplies(0))
        return false;
    QByteArray request;
    putU32(request, nextId());
    putString(request, m_handle.constData(), m_handle.size());
    char type = 0;
    QByteArray reply;
    if (!send(fxpClose, request) || !readPacket(&type, &reply))
        return false;
    m_handle.clear();
    return type == fxpStatus && expectStatus(reply, "close");
}

bool SftpWriter::remove(const QByteArray& path)
{
    // Drop the replies still in flight first; a cancelled writer has none it waits for.
    m_input.clear();
    if (!m_channel)
        return false;
    ssh_channel_send_eof(m_channel);
    ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
    m_outstanding = 0;
    if (m_cancel)
        return false; // the caller removes the file another way once the flag is cleared
    QByteArray request;
    if (!start())
        return false;
    putU32(request, nextId());
    putString(request, path.constData(), path.size());
    char type = 0;
    QByteArray reply;
    return send(fxpRemove, request) && readPacket(&type, &reply) && type == fxpStatus;
}

bool SftpWriter::setMode(const QByteArray& path, int mode)
{
    if (!start())
        return false;
    QByteArray request;
    putU32(request, nextId());
    putString(request, path.constData(), path.size());
    putU32(request, attrPermissions);
    putU32(request, quint32(mode));
    char type = 0;
    QByteArray reply;
    return send(fxpSetstat, request) && readPacket(&type, &reply) && type == fxpStatus &&
           expectStatus(reply, "setstat");
}

bool SftpWriter::posixRename(const QByteArray& from, const QByteArray& to)
{
    if (!start() || !m_posixRename)
        return false;
    static const QByteArray extension("posix-rename@openssh.com");
    QByteArray request;
    putU32(request, nextId());
    putString(request, extension.constData(), extension.size());
    putString(request, from.constData(), from.size());
    putString(request, to.constData(), to.size());
    char type = 0;
    QByteArray reply;
    return send(fxpExtended, request) && readPacket(&type, &reply) && type == fxpStatus &&
           expectStatus(reply, "rename");
}
