using System.Globalization;

using HandlebarsDotNet;
using HandlebarsDotNet.Compiler.Resolvers;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// A compiled Handlebars template over <see cref="ReportModel"/>. Handlebars' own HTML escaping is off on purpose:
/// the model is escaped for Markdown and HTML already, so escaping again would show "&amp;lt;" to readers, and
/// <c>{{x}}</c> and <c>{{{x}}}</c> render the same. Fields are written in camelCase as in the JSON report; a field that
/// does not exist is an error, not an empty string. Partials come only from <c>{{#*inline}}</c>, never from files.
/// </summary>
internal sealed class ReportTemplate
{
    private readonly HandlebarsTemplate<object, object> _compiled;

    private ReportTemplate(string name, string text, HandlebarsTemplate<object, object> compiled)
    {
        Name = name;
        Text = text;
        _compiled = compiled;
    }

    /// <summary>The user's file path, or "default xxx template".</summary>
    public string Name { get; }

    public string Text { get; }

    /// <exception cref="TemplateException">The template does not compile; the message says why and where.</exception>
    public static ReportTemplate Compile(string name, string text)
    {
        var error = TryCompile(text, out var compiled);
        if (error is not null)
        {
            throw new TemplateException(TemplateErrorLocator.Describe(error, text), TemplateErrorLocator.LineOf(error, text, CompileError));
        }

        return new ReportTemplate(name, text, compiled!);
    }

    /// <exception cref="TemplateException">Rendering failed (unknown helper, partial or field).</exception>
    public string Render(ReportModel model)
    {
        try
        {
            return _compiled(model).ReplaceLineEndings("\n").TrimStart('\n');
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TemplateException(TemplateErrorLocator.Describe(e, Text), TemplateErrorLocator.LineOf(e, Text, CompileError));
        }
    }

    private static Exception? CompileError(string text) => TryCompile(text, out _);

    // Handlebars.Net reports syntax errors with several exception types (even InvalidOperationException), so all are caught.
    private static Exception? TryCompile(string text, out HandlebarsTemplate<object, object>? compiled)
    {
        try
        {
            compiled = Handlebars.Create(Configuration()).Compile(text);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            compiled = null;
            return e;
        }
    }

    private static HandlebarsConfiguration Configuration() => new()
    {
        NoEscape = true,
        ExpressionNameResolver = new UpperCamelCaseExpressionNameResolver(),
        ThrowOnUnresolvedBindingExpression = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };
}
