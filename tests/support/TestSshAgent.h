#pragma once

#include <QString>

// An ssh-agent of the test's own on a socket in a fresh folder; killed by PID in the destructor.
class TestSshAgent
{
public:
    TestSshAgent();
    ~TestSshAgent();
    bool start();
    bool addKey(const QString& keyFile);
    QString socket() const { return m_socket; }

private:
    QString m_socket;
    qint64 m_pid = 0;
};
