#pragma once

#include <QStringList>
#include <QTextStream>

// A plain-text table for the command line: a header row, then the rows, columns padded to their
// widest cell and separated by two spaces.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(const QStringList& cells);
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};
