#pragma once

#include <QString>

// Random secrets from the operating system's cryptographic generator.
class PasswordGenerator
{
public:
    // A strong administrator password: upper, lower, digit and special characters, no look-alikes.
    static QString adminPassword(int length = 20);
    // Letters, digits, "_" and "-" only: safe inside a URL that is parsed without decoding.
    static QString urlSafe(int length);
    static QString fromAlphabet(int length, const QString& alphabet);
};
