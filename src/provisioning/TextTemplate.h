#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

// Fills {name} placeholders from a map. A placeholder without a value is an error, never an
// empty string, so that a typo in a profile cannot write a broken unit or site file.
class TextTemplate
{
    Q_DECLARE_TR_FUNCTIONS(TextTemplate)

public:
    static QString render(const QString& text, const QMap<QString, QString>& values, QString* error);
};
