#include "models/result.h"

namespace Slipway {

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out = file;
        if (line > 0) {
            out += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                out += QLatin1Char(':') + QString::number(column);
        }
        out += QStringLiteral(": ");
    }
    if (!where.isEmpty())
        out += where + QStringLiteral(": ");
    return out + message;
}

Diagnostic Diagnostic::error(QString message, QString file, int line, int column)
{
    Diagnostic d;
    d.message = std::move(message);
    d.file = std::move(file);
    d.line = line;
    d.column = column;
    return d;
}

Diagnostic Diagnostic::warning(QString message, QString file, int line, int column)
{
    Diagnostic d = error(std::move(message), std::move(file), line, column);
    d.severity = Severity::Warning;
    return d;
}

bool Diagnostics::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

QList<Diagnostic> Diagnostics::errors() const
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            out.append(d);
    }
    return out;
}

QList<Diagnostic> Diagnostics::warnings() const
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning)
            out.append(d);
    }
    return out;
}

QStringList Diagnostics::errorLines() const
{
    QStringList out;
    for (const Diagnostic &d : errors())
        out.append(d.toString());
    return out;
}

QStringList Diagnostics::warningLines() const
{
    QStringList out;
    for (const Diagnostic &d : warnings())
        out.append(d.toString());
    return out;
}

QString Diagnostics::errorText() const
{
    return errorLines().join(QLatin1Char('\n'));
}

} // namespace Slipway
