#pragma once

// The one error convention for everything that reads outside input (docs/architecture.md
// "Errors"): a parser or loader returns Result<T>, which holds the value or not, plus the
// diagnostics that explain why (errors) or what was tolerated (warnings), each with the place it
// refers to. Callers test ok(), take value(), and show errorText() to people.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Slipway {

// One message about the input, located when the input has places (file:line:column, or a JSON
// path such as "items[3].metadata.name" in `where`).
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString message; // a sentence for people: what is wrong, and what to do
    QString file;    // empty when the input was not a file
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown
    QString where;   // a field path or object name, when there is no line

    // "file:line:column: where: message", leaving out the parts that are empty.
    QString toString() const;

    static Diagnostic error(QString message, QString file = {}, int line = 0, int column = 0);
    static Diagnostic warning(QString message, QString file = {}, int line = 0, int column = 0);
};

// Shared, non-template part of Result<T>.
class Diagnostics
{
public:
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QList<Diagnostic> errors() const;
    QList<Diagnostic> warnings() const;
    // Every error's toString(), one per line; empty when there is none.
    QString errorText() const;
    QStringList errorLines() const;
    QStringList warningLines() const;

    void add(Diagnostic diagnostic) { m_diagnostics.append(std::move(diagnostic)); }
    void addError(QString message) { add(Diagnostic::error(std::move(message))); }
    void addWarning(QString message) { add(Diagnostic::warning(std::move(message))); }
    void append(const Diagnostics &other) { m_diagnostics.append(other.m_diagnostics); }

private:
    QList<Diagnostic> m_diagnostics;
};

template<typename T>
class Result : public Diagnostics
{
public:
    Result() = default;
    Result(T value) // NOLINT(google-explicit-constructor): `return value;` reads best
        : m_value(std::move(value))
    {}

    static Result failure(QString message, QString file = {}, int line = 0, int column = 0)
    {
        Result r;
        r.add(Diagnostic::error(std::move(message), std::move(file), line, column));
        return r;
    }
    static Result failure(const Diagnostics &diagnostics)
    {
        Result r;
        r.append(diagnostics);
        return r;
    }

    // A value is present and no error was recorded.
    bool ok() const { return m_value.has_value() && !hasErrors(); }
    bool hasValue() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    void setValue(T value) { m_value = std::move(value); }
    const std::optional<T> &optional() const { return m_value; }

private:
    std::optional<T> m_value;
};

} // namespace Slipway
