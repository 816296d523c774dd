using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace CleanBackend.WebApi.Hosting;

/// <summary>
/// Every GET action answers HEAD too (RFC 9110 §9.3.2): the same status and headers, while the server sends
/// no body. Routing reads the endpoint metadata, MVC's action selection the constraint: both get HEAD.
/// </summary>
public sealed class HeadForGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            for (var index = 0; index < selector.ActionConstraints.Count; index++)
            {
                if (selector.ActionConstraints[index] is HttpMethodActionConstraint constraint && AnswersGetOnly(constraint.HttpMethods))
                {
                    selector.ActionConstraints[index] = new HttpMethodActionConstraint(WithHead(constraint.HttpMethods));
                }
            }

            for (var index = 0; index < selector.EndpointMetadata.Count; index++)
            {
                if (selector.EndpointMetadata[index] is HttpMethodMetadata metadata && AnswersGetOnly(metadata.HttpMethods))
                {
                    selector.EndpointMetadata[index] = new HttpMethodMetadata(WithHead(metadata.HttpMethods), metadata.AcceptCorsPreflight);
                }
            }
        }
    }

    private static bool AnswersGetOnly(IEnumerable<string> methods) =>
        methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase);

    private static string[] WithHead(IEnumerable<string> methods) => [.. methods, HttpMethods.Head];
}
