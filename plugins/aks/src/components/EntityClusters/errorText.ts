import type { EntityCluster } from '@aks-backstage/plugin-aks-common';
import { ResponseError } from '@backstage/errors';

type ClusterError = NonNullable<EntityCluster['error']>;

/** What a user reads about something that could not be read, and whether trying again may help. */
export interface ErrorText {
  title: string;
  /** The server's own message, which says precisely what is wrong. */
  message: string;
  /** What the user can do about it, where the message does not say. */
  hint?: string;
  transient: boolean;
}

/** A cluster the backend could not read, as its item of the entity's clusters says. */
export function clusterErrorText(error: ClusterError): ErrorText {
  const { message } = error;
  switch (error.name) {
    case 'InputError':
      return {
        title: 'Invalid cluster id',
        message,
        hint: "Correct the entity's annotation: the other clusters are read as usual.",
        transient: false,
      };
    case 'NotFoundError':
      return {
        title: 'Cluster not found',
        message,
        hint: 'Azure has no cluster with this id: it was deleted or moved. Update the azure.com/aks-cluster-id annotation of this entity.',
        transient: false,
      };
    case 'NotAllowedError':
      return { title: 'Not allowed', message, transient: false };
    case 'ServiceUnavailableError':
      return {
        title: 'Azure is unavailable',
        message,
        hint: 'No earlier data of this cluster is cached.',
        transient: true,
      };
    default:
      return { title: 'Cluster could not be read', message, transient: true };
  }
}

/** What the server said went wrong, without the HTTP wrapping of the error. */
export function serverMessage(error: Error): string {
  return error instanceof ResponseError
    ? error.body.error.message
    : error.message;
}

/** The request for the entity's clusters failed as a whole. */
export function requestErrorText(error: Error): ErrorText {
  if (!(error instanceof ResponseError)) {
    return {
      title: 'The AKS backend could not be reached',
      message: error.message,
      transient: true,
    };
  }
  const message = serverMessage(error);
  switch (error.response.status) {
    case 400:
      return { title: 'The request was refused', message, transient: false };
    case 403:
      return {
        title: 'Not allowed',
        message,
        hint: 'You need the aks.cluster.read permission on this entity.',
        transient: false,
      };
    case 404:
      return { title: 'Entity not found', message, transient: false };
    default:
      return {
        title: 'The AKS backend could not answer',
        message,
        transient: true,
      };
  }
}

/** Errors that reading again will not mend. */
const LASTING = ['InputError', 'NotAllowedError', 'NotFoundError'];

/**
 * Something of one cluster (its GitOps, its identities) that could not be
 * read, titled by the words given for each case.
 */
export function readErrorText(
  error: { name: string; message: string },
  titles: {
    couldNotRead: string;
    notAllowed: string;
    notFound: string;
    azureUnavailable: string;
  },
): ErrorText {
  const { name, message } = error;
  const transient = !LASTING.includes(name);
  switch (name) {
    case 'NotAllowedError':
      return { title: titles.notAllowed, message, transient };
    case 'NotFoundError':
      return { title: titles.notFound, message, transient };
    case 'ServiceUnavailableError':
      return { title: titles.azureUnavailable, message, transient };
    default:
      return { title: titles.couldNotRead, message, transient };
  }
}
