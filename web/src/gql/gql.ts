/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Members {\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      createdAt\n      email\n      name\n    }\n    invites {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      url\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id)\n  }\n": typeof types.RevokeInviteDocument,
    "\n  mutation SetMemberRole($subject: String!, $role: Role!) {\n    setMemberRole(subject: $subject, role: $role) {\n      subject\n      role\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      members\n      createdAt\n    }\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      email\n      name\n    }\n  }\n": typeof types.AccessGroupsDocument,
    "\n  mutation CreateAccessGroup($name: String!) {\n    createAccessGroup(name: $name) {\n      id\n      name\n      members\n    }\n  }\n": typeof types.CreateAccessGroupDocument,
    "\n  mutation DeleteAccessGroup($id: ID!) {\n    deleteAccessGroup(id: $id)\n  }\n": typeof types.DeleteAccessGroupDocument,
    "\n  mutation AddAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    addAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n": typeof types.AddAccessGroupMembersDocument,
    "\n  mutation RemoveAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    removeAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n": typeof types.RemoveAccessGroupMembersDocument,
    "\n  query AccessTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n          }\n        }\n      }\n    }\n    assets(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AccessTargetsDocument,
    "\n  query AccessGrants($target: AccessTargetInput!) {\n    accessGrants(target: $target) {\n      id\n      target\n      principal\n      role\n      grantedBy\n      grantedAt\n    }\n  }\n": typeof types.AccessGrantsDocument,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      id\n      target\n      principal\n      role\n    }\n  }\n": typeof types.GrantAccessDocument,
    "\n  mutation RevokeAccess($id: ID!) {\n    revokeAccess(id: $id)\n  }\n": typeof types.RevokeAccessDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query MetadataAdmin {\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n    metadataSchemas {\n      id\n      name\n      assetTypes\n      fields {\n        key\n        label\n      }\n    }\n  }\n": typeof types.MetadataAdminDocument,
    "\n  mutation DefineMetadataField($input: DefineMetadataFieldInput!) {\n    defineMetadataField(input: $input) {\n      key\n      label\n      type\n    }\n  }\n": typeof types.DefineMetadataFieldDocument,
    "\n  mutation DefineMetadataSchema($input: DefineMetadataSchemaInput!) {\n    defineMetadataSchema(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DefineMetadataSchemaDocument,
    "\n  query StorageSources {\n    storageSources {\n      id\n      name\n      kind\n      mode\n      settings\n      hasCredentials\n      scheduleMinutes\n      watch\n      createdAt\n      scan {\n        state\n        requested\n        listed\n        queued\n        missing\n        startedAt\n        finishedAt\n        nextScanAt\n        error\n      }\n    }\n  }\n": typeof types.StorageSourcesDocument,
    "\n  mutation CreateStorageSource($input: CreateStorageSourceInput!) {\n    createStorageSource(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateStorageSourceDocument,
    "\n  mutation ScanStorageSource($id: ID!) {\n    scanStorageSource(id: $id) {\n      id\n      scan {\n        requested\n      }\n    }\n  }\n": typeof types.ScanStorageSourceDocument,
    "\n  query ArchiveOverview {\n    archiveLocations {\n      name\n      usedForCopies\n      freeBytes\n    }\n    archivePolicies {\n      id\n      name\n      collectionId\n      olderThanDays\n      metadataField\n      metadataValue\n      daysAfterDelivery\n      everyMinutes\n      nextRunAt\n      retentionDays\n      locations\n      createdBy\n      createdAt\n    }\n    collections(parentId: null, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n        }\n      }\n    }\n  }\n": typeof types.ArchiveOverviewDocument,
    "\n  mutation CreateArchivePolicy($input: ArchivePolicyInput!) {\n    createArchivePolicy(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateArchivePolicyDocument,
    "\n  mutation RunArchivePolicy($id: ID!, $dryRun: Boolean!) {\n    runArchivePolicy(id: $id, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n": typeof types.RunArchivePolicyDocument,
    "\n  mutation ArchiveCollection($collectionId: ID!, $dryRun: Boolean!) {\n    archiveCollection(collectionId: $collectionId, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n": typeof types.ArchiveCollectionDocument,
    "\n  query AssetArchive($id: ID!) {\n    asset(id: $id) {\n      id\n      storageTier\n      archive {\n        tier\n        copies {\n          packageId\n          location\n          status\n          payloadBytes\n          createdAt\n          lastFixityAt\n          lastFixityResult\n        }\n        lastFixity {\n          location\n          checkedAt\n          result\n          detail\n        }\n        legalHold {\n          reason\n          placedBy\n          placedAt\n        }\n        jobs {\n          id\n          kind\n          status\n          progress\n          reason\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.AssetArchiveDocument,
    "\n  mutation RestoreAsset($assetId: ID!) {\n    restoreAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n": typeof types.RestoreAssetDocument,
    "\n  mutation ArchiveAsset($assetId: ID!) {\n    archiveAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n": typeof types.ArchiveAssetDocument,
    "\n  subscription ArchiveJobs($assetId: ID!) {\n    archiveJobs(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n      reason\n      updatedAt\n    }\n  }\n": typeof types.ArchiveJobsDocument,
    "\n  mutation PlaceLegalHold($assetId: ID!, $reason: String!) {\n    placeLegalHold(assetId: $assetId, reason: $reason) {\n      reason\n      placedBy\n      placedAt\n    }\n  }\n": typeof types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($assetId: ID!) {\n    releaseLegalHold(assetId: $assetId)\n  }\n": typeof types.ReleaseLegalHoldDocument,
    "\n  query AssetPage($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      description\n      type\n      revision\n      createdAt\n      createdBy\n      updatedAt\n      myRole\n      tags\n      ingestStatus\n      ingestStatusReason\n      storageTier\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n      metadata {\n        key\n        label\n        type\n        value\n      }\n      collections {\n        id\n        name\n      }\n      currentVersion {\n        id\n      }\n      versions {\n        id\n        number\n        filename\n        size\n        createdAt\n        createdBy\n        current\n        note\n        technicalMetadata {\n          mediaKind\n          mimeType\n          format\n          fileSize\n          durationSeconds\n          frameRate\n          durationFrames\n          startTimecode\n          width\n          height\n          bitRate\n          error\n        }\n        renditions {\n          id\n          kind\n          status\n          progress\n          reason\n          url\n          width\n          height\n          durationSeconds\n          details\n          hls {\n            url\n            status\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n  }\n": typeof types.AssetPageDocument,
    "\n  query AssetHistory($id: ID!) {\n    asset(id: $id) {\n      id\n      history(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actor\n            at\n            revision\n            version {\n              number\n            }\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssetHistoryDocument,
    "\n  mutation SetAssetMetadata($input: SetAssetMetadataInput!) {\n    setAssetMetadata(input: $input) {\n      id\n      revision\n      metadata {\n        key\n        label\n        type\n        value\n      }\n    }\n  }\n": typeof types.SetAssetMetadataDocument,
    "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      id\n      revision\n      title\n      description\n    }\n  }\n": typeof types.UpdateAssetDocument,
    "\n  mutation SetAssetTags($assetId: ID!, $expectedRevision: Int!, $tags: [String!]!) {\n    setAssetTags(assetId: $assetId, expectedRevision: $expectedRevision, tags: $tags) {\n      id\n      revision\n      tags\n    }\n  }\n": typeof types.SetAssetTagsDocument,
    "\n  mutation CheckOutAsset($id: ID!, $expectedRevision: Int) {\n    checkOutAsset(id: $id, expectedRevision: $expectedRevision) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.CheckOutAssetDocument,
    "\n  mutation CheckInAsset($id: ID!) {\n    checkInAsset(id: $id) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.CheckInAssetDocument,
    "\n  mutation PromoteVersion($assetId: ID!, $versionId: ID!, $expectedRevision: Int!) {\n    promoteVersion(assetId: $assetId, versionId: $versionId, expectedRevision: $expectedRevision) {\n      id\n      revision\n      currentVersion {\n        id\n      }\n    }\n  }\n": typeof types.PromoteVersionDocument,
    "\n  query DeliveryProfiles {\n    deliveryProfiles {\n      id\n      name\n      builtIn\n      container\n      spec\n    }\n  }\n": typeof types.DeliveryProfilesDocument,
    "\n  mutation CreateDeliveryProfile($input: CreateDeliveryProfileInput!) {\n    createDeliveryProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDeliveryProfileDocument,
    "\n  mutation UpdateDeliveryProfile($id: ID!, $input: CreateDeliveryProfileInput!) {\n    updateDeliveryProfile(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateDeliveryProfileDocument,
    "\n  mutation DeleteDeliveryProfile($id: ID!) {\n    deleteDeliveryProfile(id: $id)\n  }\n": typeof types.DeleteDeliveryProfileDocument,
    "\n  query Destinations {\n    destinations {\n      id\n      name\n      kind\n      settings\n      hasCredentials\n      territory\n      channel\n      createdAt\n    }\n  }\n": typeof types.DestinationsDocument,
    "\n  mutation CreateDestination($input: CreateDestinationInput!) {\n    createDestination(input: $input) {\n      id\n      name\n      kind\n      hasCredentials\n    }\n  }\n": typeof types.CreateDestinationDocument,
    "\n  mutation DeleteDestination($id: ID!) {\n    deleteDestination(id: $id)\n  }\n": typeof types.DeleteDestinationDocument,
    "\n  query DeliveryRules {\n    deliveryRules {\n      id\n      name\n      trigger\n      collectionId\n      metadataField\n      metadataValue\n      enabled\n      createdAt\n      profiles {\n        id\n        name\n      }\n      destinations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.DeliveryRulesDocument,
    "\n  mutation CreateDeliveryRule($input: CreateDeliveryRuleInput!) {\n    createDeliveryRule(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDeliveryRuleDocument,
    "\n  mutation SetDeliveryRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setDeliveryRuleEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetDeliveryRuleEnabledDocument,
    "\n  mutation DeleteDeliveryRule($id: ID!) {\n    deleteDeliveryRule(id: $id)\n  }\n": typeof types.DeleteDeliveryRuleDocument,
    "\n  fragment DeliveryHead on Delivery {\n    id\n    ruleId\n    requestedBy\n    status\n    reason\n    createdAt\n    updatedAt\n    masterLoudness {\n      integrated\n      range\n      truePeak\n    }\n    destinations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DeliveryHeadFragmentDoc,
    "\n  fragment OutputSummary on DeliveryOutput {\n    profileId\n    profileName\n    status\n    progress\n    reason\n    loudnessMode\n    loudness {\n      integrated\n      truePeak\n    }\n    verification {\n      passed\n      differences\n    }\n  }\n": typeof types.OutputSummaryFragmentDoc,
    "\n  fragment DeliverySummary on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n    }\n  }\n": typeof types.DeliverySummaryFragmentDoc,
    "\n  fragment DeliveryDetail on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n      files\n      transfers {\n        destinationId\n        status\n        location\n        attempts\n        reason\n      }\n    }\n  }\n": typeof types.DeliveryDetailFragmentDoc,
    "\n  query Deliveries {\n    deliveries(first: 20) {\n      ...DeliverySummary\n      asset {\n        id\n        title\n      }\n      version {\n        id\n        number\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  query DeliveryDetail($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n": typeof types.DeliveryDetailDocument,
    "\n  query AssetDeliveries($id: ID!) {\n    asset(id: $id) {\n      id\n      distributionStatus\n      deliveries(first: 10) {\n        ...DeliverySummary\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.AssetDeliveriesDocument,
    "\n  subscription DeliveryProgress($deliveryId: ID!) {\n    deliveryProgress(deliveryId: $deliveryId) {\n      ...DeliveryDetail\n    }\n  }\n": typeof types.DeliveryProgressDocument,
    "\n  mutation DeliverVersion($input: DeliverVersionInput!) {\n    deliverVersion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeliverVersionDocument,
    "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverDocument,
    "\n  mutation CancelDelivery($deliveryId: ID!) {\n    cancelDelivery(deliveryId: $deliveryId) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.CancelDeliveryDocument,
    "\n  query DeliveryTargets($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      versions {\n        id\n        number\n        current\n      }\n    }\n  }\n": typeof types.DeliveryTargetsDocument,
    "\n  query DeliveryRuleTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n": typeof types.DeliveryRuleTargetsDocument,
    "\n  query VersionTranscript($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      transcript {\n        language\n        engine {\n          engine\n          model\n        }\n        vtt\n        srt\n        segments {\n          id\n          index\n          startFrame\n          endFrame\n          timecode\n          text\n          corrected\n          correctedBy\n          correctedAt\n          words {\n            text\n            startFrame\n            endFrame\n            confidence\n          }\n        }\n      }\n    }\n  }\n": typeof types.VersionTranscriptDocument,
    "\n  query VersionEnrichmentSegments($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      enrichmentSegments(kinds: [PERSON, LABEL, TEXT, LOGO]) {\n        id\n        kind\n        text\n        startFrame\n        endFrame\n        timecode\n        confidence\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VersionEnrichmentSegmentsDocument,
    "\n  mutation CorrectTranscriptSegment($versionId: ID!, $segmentId: ID!, $text: String!) {\n    correctTranscriptSegment(versionId: $versionId, segmentId: $segmentId, text: $text) {\n      id\n      text\n      corrected\n      correctedBy\n      correctedAt\n    }\n  }\n": typeof types.CorrectTranscriptSegmentDocument,
    "\n  query SearchAssets(\n    $query: String\n    $filter: AssetSearchFilter\n    $sort: AssetSearchSort\n    $facets: [String!]\n    $after: String\n  ) {\n    # A literal page size (the gateway prices a variable one at 100): 60 fill a large screen in one answer.\n    searchAssets(query: $query, filter: $filter, sort: $sort, facets: $facets, first: 60, after: $after) {\n      total\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        buckets {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        highlights\n        segments(first: 1) {\n          kind\n          text\n          startFrame\n          timecode\n        }\n        node {\n          id\n          title\n          type\n          createdAt\n          ingestStatus\n          ingestStatusReason\n          storageTier\n          sourceFile {\n            path\n            missing\n            missingSince\n            source {\n              name\n            }\n          }\n          currentVersion {\n            id\n            number\n            filename\n            technicalMetadata {\n              mediaKind\n              durationSeconds\n              width\n              height\n              frameRate\n            }\n            renditions {\n              kind\n              status\n              url\n              details\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAssetsDocument,
    "\n  query SuggestAssets($prefix: String!) {\n    suggestAssets(prefix: $prefix, first: 8) {\n      highlight\n      matchedField\n      asset {\n        id\n        title\n        type\n      }\n    }\n  }\n": typeof types.SuggestAssetsDocument,
    "\n  query Collections($parentId: ID) {\n    collections(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n          savedQuery\n          savedFilters\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CollectionsDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.SaveSearchDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      id\n      name\n      kind\n      description\n      savedQuery\n      savedFilters\n      assetCount\n      path {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CollectionDocument,
    "\n  mutation AddToCollection($collectionId: ID!, $assetIds: [ID!]!) {\n    addAssetsToCollection(collectionId: $collectionId, assetIds: $assetIds) {\n      id\n      assetCount\n    }\n  }\n": typeof types.AddToCollectionDocument,
    "\n  query MetadataFields {\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n": typeof types.MetadataFieldsDocument,
    "\n  mutation BulkSetMetadata($input: BulkSetAssetMetadataInput!) {\n    bulkSetAssetMetadata(input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.BulkSetMetadataDocument,
    "\n  query ExportForEditing($collectionId: ID!, $format: EditingExportFormat!, $drive: Boolean, $conform: Boolean) {\n    exportCollectionForEditing(collectionId: $collectionId, format: $format, drive: $drive, conform: $conform) {\n      filename\n      content\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n": typeof types.ExportForEditingDocument,
    "\n  mutation RerunCollectionEnrichment($collectionId: ID!, $kinds: [String!]) {\n    rerunCollectionEnrichment(collectionId: $collectionId, kinds: $kinds) {\n      assets\n      jobs {\n        kind\n      }\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n": typeof types.RerunCollectionEnrichmentDocument,
    "\n  query People {\n    people(first: 200) {\n      id\n      name\n      faceCount\n      faces(first: 1) {\n        id\n        imageUrl\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      faceCount\n      faces(first: 48) {\n        id\n        assetId\n        versionId\n        startFrame\n        timecode\n        imageUrl\n        confidence\n      }\n      appearances(first: 50) {\n        versionId\n        asset {\n          id\n          title\n        }\n        segment {\n          id\n          startFrame\n          endFrame\n          timecode\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query FaceRecognition {\n    faceRecognition {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n": typeof types.FaceRecognitionDocument,
    "\n  mutation NamePerson($personId: ID!, $name: String!) {\n    namePerson(personId: $personId, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.NamePersonDocument,
    "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId) {\n      id\n      faceCount\n    }\n  }\n": typeof types.MergePeopleDocument,
    "\n  mutation SplitPerson($personId: ID!, $faceIds: [ID!]!) {\n    splitPerson(personId: $personId, faceIds: $faceIds) {\n      id\n      faceCount\n    }\n  }\n": typeof types.SplitPersonDocument,
    "\n  mutation NotThisPerson($segmentId: ID!) {\n    notThisPerson(segmentId: $segmentId) {\n      id\n      name\n    }\n  }\n": typeof types.NotThisPersonDocument,
    "\n  mutation SetFaceRecognition($enabled: Boolean!) {\n    setFaceRecognition(enabled: $enabled) {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n": typeof types.SetFaceRecognitionDocument,
    "\n  mutation DeleteFaceData {\n    deleteFaceData\n  }\n": typeof types.DeleteFaceDataDocument,
    "\n  query Logos {\n    logos {\n      id\n      name\n      wordmarks\n      imageCount\n      createdBy\n      createdAt\n    }\n  }\n": typeof types.LogosDocument,
    "\n  mutation CreateLogo($input: CreateLogoInput!) {\n    createLogo(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateLogoDocument,
    "\n  mutation DeleteLogo($id: ID!) {\n    deleteLogo(id: $id)\n  }\n": typeof types.DeleteLogoDocument,
    "\n  query GuestMedia($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewMedia {\n        status\n        reason\n        streamUrl\n        posterUrl\n        downloadProxyUrl\n        downloadMasterUrl\n        downloadMasterRefusal\n      }\n    }\n  }\n": typeof types.GuestMediaDocument,
    "\n  query Reviews {\n    reviews(first: 50) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        currentVersion {\n          id\n          reviewStatus\n        }\n      }\n    }\n  }\n": typeof types.ReviewsDocument,
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    versionId\n    parentId\n    body\n    frameIn\n    frameOut\n    timecodeIn\n    timecodeOut\n    internal\n    resolved\n    createdAt\n    author {\n      id\n      name\n      kind\n    }\n    annotations {\n      kind\n      color\n      text\n      points {\n        x\n        y\n      }\n    }\n  }\n": typeof types.ReviewCommentFieldsFragmentDoc,
    "\n  query ReviewVersion($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewStatus\n      reviewTiming {\n        frameRate\n        startTimecode\n        dropFrame\n        durationFrames\n      }\n      reviewComments {\n        ...ReviewCommentFields\n      }\n    }\n  }\n": typeof types.ReviewVersionDocument,
    "\n  query ReviewPage($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        myRole\n        currentVersion {\n          id\n        }\n        versions {\n          id\n          number\n          current\n          renditions {\n            kind\n            status\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewPageDocument,
    "\n  query ReviewDecisions($id: ID!, $versionId: ID!) {\n    review(id: $id) {\n      id\n      decisions(versionId: $versionId) {\n        id\n        reviewer\n        decision\n        note\n        decidedAt\n      }\n    }\n  }\n": typeof types.ReviewDecisionsDocument,
    "\n  subscription ReviewActivity($reviewId: ID, $assetId: ID) {\n    reviewActivity(reviewId: $reviewId, assetId: $assetId) {\n      type\n      versionId\n      commentId\n      actor\n      actorName\n      frame\n      decision\n      status\n      at\n    }\n  }\n": typeof types.ReviewActivityDocument,
    "\n  mutation PostReviewComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n": typeof types.PostReviewCommentDocument,
    "\n  mutation ResolveReviewComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ResolveReviewCommentDocument,
    "\n  mutation ReopenReviewComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": typeof types.ReopenReviewCommentDocument,
    "\n  mutation DecideVersion($input: DecideVersionInput!) {\n    decideVersion(input: $input) {\n      status\n      decision {\n        id\n        decision\n      }\n    }\n  }\n": typeof types.DecideVersionDocument,
    "\n  mutation ReportPresence($versionId: ID!, $frame: Int) {\n    reportPresence(versionId: $versionId, frame: $frame)\n  }\n": typeof types.ReportPresenceDocument,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReviewDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        id\n        permissions\n        hasPassword\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  query ReviewersPicker {\n    workspaceMembers {\n      subject\n      kind\n      active\n      email\n      name\n    }\n  }\n": typeof types.ReviewersPickerDocument,
    "\n  query GuestAccess {\n    guestAccess {\n      linkId\n      scope\n      reviewId\n      assetId\n      permissions\n      name\n      email\n      expiresAt\n      versions {\n        id\n        reviewStatus\n      }\n    }\n  }\n": typeof types.GuestAccessDocument,
    "\n  query GuestReview($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      dueAt\n      policy\n    }\n  }\n": typeof types.GuestReviewDocument,
    "\n  query ReviewFilmstrip($assetId: ID!) {\n    asset(id: $assetId) {\n      id\n      versions {\n        id\n        renditions {\n          kind\n          status\n          url\n          details\n        }\n      }\n    }\n  }\n": typeof types.ReviewFilmstripDocument,
    "\n  query DriveSettings {\n    driveMount {\n      url\n      macos\n      windows\n      linux\n    }\n    myAppPasswords {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.DriveSettingsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      secret\n      username\n      mountUrl\n      appPassword {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n": typeof types.RevokeAppPasswordDocument,
    "\n  subscription IngestProgress($assetId: ID!) {\n    ingestProgress(assetId: $assetId) {\n      assetId\n      versionId\n      jobId\n      kind\n      status\n      progress\n      reason\n    }\n  }\n": typeof types.IngestProgressDocument,
    "\n  query AssetIngest($id: ID!) {\n    asset(id: $id) {\n      id\n      ingestStatus\n      ingestStatusReason\n      ingestJobs {\n        id\n        versionId\n        kind\n        status\n        progress\n        reason\n      }\n    }\n  }\n": typeof types.AssetIngestDocument,
};
const documents: Documents = {
    "\n  query Members {\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      createdAt\n      email\n      name\n    }\n    invites {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      url\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id)\n  }\n": types.RevokeInviteDocument,
    "\n  mutation SetMemberRole($subject: String!, $role: Role!) {\n    setMemberRole(subject: $subject, role: $role) {\n      subject\n      role\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      members\n      createdAt\n    }\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      email\n      name\n    }\n  }\n": types.AccessGroupsDocument,
    "\n  mutation CreateAccessGroup($name: String!) {\n    createAccessGroup(name: $name) {\n      id\n      name\n      members\n    }\n  }\n": types.CreateAccessGroupDocument,
    "\n  mutation DeleteAccessGroup($id: ID!) {\n    deleteAccessGroup(id: $id)\n  }\n": types.DeleteAccessGroupDocument,
    "\n  mutation AddAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    addAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n": types.AddAccessGroupMembersDocument,
    "\n  mutation RemoveAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    removeAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n": types.RemoveAccessGroupMembersDocument,
    "\n  query AccessTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n          }\n        }\n      }\n    }\n    assets(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AccessTargetsDocument,
    "\n  query AccessGrants($target: AccessTargetInput!) {\n    accessGrants(target: $target) {\n      id\n      target\n      principal\n      role\n      grantedBy\n      grantedAt\n    }\n  }\n": types.AccessGrantsDocument,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      id\n      target\n      principal\n      role\n    }\n  }\n": types.GrantAccessDocument,
    "\n  mutation RevokeAccess($id: ID!) {\n    revokeAccess(id: $id)\n  }\n": types.RevokeAccessDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  query MetadataAdmin {\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n    metadataSchemas {\n      id\n      name\n      assetTypes\n      fields {\n        key\n        label\n      }\n    }\n  }\n": types.MetadataAdminDocument,
    "\n  mutation DefineMetadataField($input: DefineMetadataFieldInput!) {\n    defineMetadataField(input: $input) {\n      key\n      label\n      type\n    }\n  }\n": types.DefineMetadataFieldDocument,
    "\n  mutation DefineMetadataSchema($input: DefineMetadataSchemaInput!) {\n    defineMetadataSchema(input: $input) {\n      id\n      name\n    }\n  }\n": types.DefineMetadataSchemaDocument,
    "\n  query StorageSources {\n    storageSources {\n      id\n      name\n      kind\n      mode\n      settings\n      hasCredentials\n      scheduleMinutes\n      watch\n      createdAt\n      scan {\n        state\n        requested\n        listed\n        queued\n        missing\n        startedAt\n        finishedAt\n        nextScanAt\n        error\n      }\n    }\n  }\n": types.StorageSourcesDocument,
    "\n  mutation CreateStorageSource($input: CreateStorageSourceInput!) {\n    createStorageSource(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateStorageSourceDocument,
    "\n  mutation ScanStorageSource($id: ID!) {\n    scanStorageSource(id: $id) {\n      id\n      scan {\n        requested\n      }\n    }\n  }\n": types.ScanStorageSourceDocument,
    "\n  query ArchiveOverview {\n    archiveLocations {\n      name\n      usedForCopies\n      freeBytes\n    }\n    archivePolicies {\n      id\n      name\n      collectionId\n      olderThanDays\n      metadataField\n      metadataValue\n      daysAfterDelivery\n      everyMinutes\n      nextRunAt\n      retentionDays\n      locations\n      createdBy\n      createdAt\n    }\n    collections(parentId: null, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n        }\n      }\n    }\n  }\n": types.ArchiveOverviewDocument,
    "\n  mutation CreateArchivePolicy($input: ArchivePolicyInput!) {\n    createArchivePolicy(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateArchivePolicyDocument,
    "\n  mutation RunArchivePolicy($id: ID!, $dryRun: Boolean!) {\n    runArchivePolicy(id: $id, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n": types.RunArchivePolicyDocument,
    "\n  mutation ArchiveCollection($collectionId: ID!, $dryRun: Boolean!) {\n    archiveCollection(collectionId: $collectionId, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n": types.ArchiveCollectionDocument,
    "\n  query AssetArchive($id: ID!) {\n    asset(id: $id) {\n      id\n      storageTier\n      archive {\n        tier\n        copies {\n          packageId\n          location\n          status\n          payloadBytes\n          createdAt\n          lastFixityAt\n          lastFixityResult\n        }\n        lastFixity {\n          location\n          checkedAt\n          result\n          detail\n        }\n        legalHold {\n          reason\n          placedBy\n          placedAt\n        }\n        jobs {\n          id\n          kind\n          status\n          progress\n          reason\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.AssetArchiveDocument,
    "\n  mutation RestoreAsset($assetId: ID!) {\n    restoreAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n": types.RestoreAssetDocument,
    "\n  mutation ArchiveAsset($assetId: ID!) {\n    archiveAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n": types.ArchiveAssetDocument,
    "\n  subscription ArchiveJobs($assetId: ID!) {\n    archiveJobs(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n      reason\n      updatedAt\n    }\n  }\n": types.ArchiveJobsDocument,
    "\n  mutation PlaceLegalHold($assetId: ID!, $reason: String!) {\n    placeLegalHold(assetId: $assetId, reason: $reason) {\n      reason\n      placedBy\n      placedAt\n    }\n  }\n": types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($assetId: ID!) {\n    releaseLegalHold(assetId: $assetId)\n  }\n": types.ReleaseLegalHoldDocument,
    "\n  query AssetPage($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      description\n      type\n      revision\n      createdAt\n      createdBy\n      updatedAt\n      myRole\n      tags\n      ingestStatus\n      ingestStatusReason\n      storageTier\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n      metadata {\n        key\n        label\n        type\n        value\n      }\n      collections {\n        id\n        name\n      }\n      currentVersion {\n        id\n      }\n      versions {\n        id\n        number\n        filename\n        size\n        createdAt\n        createdBy\n        current\n        note\n        technicalMetadata {\n          mediaKind\n          mimeType\n          format\n          fileSize\n          durationSeconds\n          frameRate\n          durationFrames\n          startTimecode\n          width\n          height\n          bitRate\n          error\n        }\n        renditions {\n          id\n          kind\n          status\n          progress\n          reason\n          url\n          width\n          height\n          durationSeconds\n          details\n          hls {\n            url\n            status\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n  }\n": types.AssetPageDocument,
    "\n  query AssetHistory($id: ID!) {\n    asset(id: $id) {\n      id\n      history(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actor\n            at\n            revision\n            version {\n              number\n            }\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssetHistoryDocument,
    "\n  mutation SetAssetMetadata($input: SetAssetMetadataInput!) {\n    setAssetMetadata(input: $input) {\n      id\n      revision\n      metadata {\n        key\n        label\n        type\n        value\n      }\n    }\n  }\n": types.SetAssetMetadataDocument,
    "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      id\n      revision\n      title\n      description\n    }\n  }\n": types.UpdateAssetDocument,
    "\n  mutation SetAssetTags($assetId: ID!, $expectedRevision: Int!, $tags: [String!]!) {\n    setAssetTags(assetId: $assetId, expectedRevision: $expectedRevision, tags: $tags) {\n      id\n      revision\n      tags\n    }\n  }\n": types.SetAssetTagsDocument,
    "\n  mutation CheckOutAsset($id: ID!, $expectedRevision: Int) {\n    checkOutAsset(id: $id, expectedRevision: $expectedRevision) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n": types.CheckOutAssetDocument,
    "\n  mutation CheckInAsset($id: ID!) {\n    checkInAsset(id: $id) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n": types.CheckInAssetDocument,
    "\n  mutation PromoteVersion($assetId: ID!, $versionId: ID!, $expectedRevision: Int!) {\n    promoteVersion(assetId: $assetId, versionId: $versionId, expectedRevision: $expectedRevision) {\n      id\n      revision\n      currentVersion {\n        id\n      }\n    }\n  }\n": types.PromoteVersionDocument,
    "\n  query DeliveryProfiles {\n    deliveryProfiles {\n      id\n      name\n      builtIn\n      container\n      spec\n    }\n  }\n": types.DeliveryProfilesDocument,
    "\n  mutation CreateDeliveryProfile($input: CreateDeliveryProfileInput!) {\n    createDeliveryProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDeliveryProfileDocument,
    "\n  mutation UpdateDeliveryProfile($id: ID!, $input: CreateDeliveryProfileInput!) {\n    updateDeliveryProfile(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateDeliveryProfileDocument,
    "\n  mutation DeleteDeliveryProfile($id: ID!) {\n    deleteDeliveryProfile(id: $id)\n  }\n": types.DeleteDeliveryProfileDocument,
    "\n  query Destinations {\n    destinations {\n      id\n      name\n      kind\n      settings\n      hasCredentials\n      territory\n      channel\n      createdAt\n    }\n  }\n": types.DestinationsDocument,
    "\n  mutation CreateDestination($input: CreateDestinationInput!) {\n    createDestination(input: $input) {\n      id\n      name\n      kind\n      hasCredentials\n    }\n  }\n": types.CreateDestinationDocument,
    "\n  mutation DeleteDestination($id: ID!) {\n    deleteDestination(id: $id)\n  }\n": types.DeleteDestinationDocument,
    "\n  query DeliveryRules {\n    deliveryRules {\n      id\n      name\n      trigger\n      collectionId\n      metadataField\n      metadataValue\n      enabled\n      createdAt\n      profiles {\n        id\n        name\n      }\n      destinations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.DeliveryRulesDocument,
    "\n  mutation CreateDeliveryRule($input: CreateDeliveryRuleInput!) {\n    createDeliveryRule(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDeliveryRuleDocument,
    "\n  mutation SetDeliveryRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setDeliveryRuleEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": types.SetDeliveryRuleEnabledDocument,
    "\n  mutation DeleteDeliveryRule($id: ID!) {\n    deleteDeliveryRule(id: $id)\n  }\n": types.DeleteDeliveryRuleDocument,
    "\n  fragment DeliveryHead on Delivery {\n    id\n    ruleId\n    requestedBy\n    status\n    reason\n    createdAt\n    updatedAt\n    masterLoudness {\n      integrated\n      range\n      truePeak\n    }\n    destinations {\n      id\n      name\n      kind\n    }\n  }\n": types.DeliveryHeadFragmentDoc,
    "\n  fragment OutputSummary on DeliveryOutput {\n    profileId\n    profileName\n    status\n    progress\n    reason\n    loudnessMode\n    loudness {\n      integrated\n      truePeak\n    }\n    verification {\n      passed\n      differences\n    }\n  }\n": types.OutputSummaryFragmentDoc,
    "\n  fragment DeliverySummary on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n    }\n  }\n": types.DeliverySummaryFragmentDoc,
    "\n  fragment DeliveryDetail on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n      files\n      transfers {\n        destinationId\n        status\n        location\n        attempts\n        reason\n      }\n    }\n  }\n": types.DeliveryDetailFragmentDoc,
    "\n  query Deliveries {\n    deliveries(first: 20) {\n      ...DeliverySummary\n      asset {\n        id\n        title\n      }\n      version {\n        id\n        number\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  query DeliveryDetail($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n": types.DeliveryDetailDocument,
    "\n  query AssetDeliveries($id: ID!) {\n    asset(id: $id) {\n      id\n      distributionStatus\n      deliveries(first: 10) {\n        ...DeliverySummary\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.AssetDeliveriesDocument,
    "\n  subscription DeliveryProgress($deliveryId: ID!) {\n    deliveryProgress(deliveryId: $deliveryId) {\n      ...DeliveryDetail\n    }\n  }\n": types.DeliveryProgressDocument,
    "\n  mutation DeliverVersion($input: DeliverVersionInput!) {\n    deliverVersion(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeliverVersionDocument,
    "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.RedeliverDocument,
    "\n  mutation CancelDelivery($deliveryId: ID!) {\n    cancelDelivery(deliveryId: $deliveryId) {\n      id\n      status\n      reason\n    }\n  }\n": types.CancelDeliveryDocument,
    "\n  query DeliveryTargets($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      versions {\n        id\n        number\n        current\n      }\n    }\n  }\n": types.DeliveryTargetsDocument,
    "\n  query DeliveryRuleTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n": types.DeliveryRuleTargetsDocument,
    "\n  query VersionTranscript($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      transcript {\n        language\n        engine {\n          engine\n          model\n        }\n        vtt\n        srt\n        segments {\n          id\n          index\n          startFrame\n          endFrame\n          timecode\n          text\n          corrected\n          correctedBy\n          correctedAt\n          words {\n            text\n            startFrame\n            endFrame\n            confidence\n          }\n        }\n      }\n    }\n  }\n": types.VersionTranscriptDocument,
    "\n  query VersionEnrichmentSegments($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      enrichmentSegments(kinds: [PERSON, LABEL, TEXT, LOGO]) {\n        id\n        kind\n        text\n        startFrame\n        endFrame\n        timecode\n        confidence\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VersionEnrichmentSegmentsDocument,
    "\n  mutation CorrectTranscriptSegment($versionId: ID!, $segmentId: ID!, $text: String!) {\n    correctTranscriptSegment(versionId: $versionId, segmentId: $segmentId, text: $text) {\n      id\n      text\n      corrected\n      correctedBy\n      correctedAt\n    }\n  }\n": types.CorrectTranscriptSegmentDocument,
    "\n  query SearchAssets(\n    $query: String\n    $filter: AssetSearchFilter\n    $sort: AssetSearchSort\n    $facets: [String!]\n    $after: String\n  ) {\n    # A literal page size (the gateway prices a variable one at 100): 60 fill a large screen in one answer.\n    searchAssets(query: $query, filter: $filter, sort: $sort, facets: $facets, first: 60, after: $after) {\n      total\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        buckets {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        highlights\n        segments(first: 1) {\n          kind\n          text\n          startFrame\n          timecode\n        }\n        node {\n          id\n          title\n          type\n          createdAt\n          ingestStatus\n          ingestStatusReason\n          storageTier\n          sourceFile {\n            path\n            missing\n            missingSince\n            source {\n              name\n            }\n          }\n          currentVersion {\n            id\n            number\n            filename\n            technicalMetadata {\n              mediaKind\n              durationSeconds\n              width\n              height\n              frameRate\n            }\n            renditions {\n              kind\n              status\n              url\n              details\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchAssetsDocument,
    "\n  query SuggestAssets($prefix: String!) {\n    suggestAssets(prefix: $prefix, first: 8) {\n      highlight\n      matchedField\n      asset {\n        id\n        title\n        type\n      }\n    }\n  }\n": types.SuggestAssetsDocument,
    "\n  query Collections($parentId: ID) {\n    collections(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n          savedQuery\n          savedFilters\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CollectionsDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.SaveSearchDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      id\n      name\n      kind\n      description\n      savedQuery\n      savedFilters\n      assetCount\n      path {\n        id\n        name\n      }\n    }\n  }\n": types.CollectionDocument,
    "\n  mutation AddToCollection($collectionId: ID!, $assetIds: [ID!]!) {\n    addAssetsToCollection(collectionId: $collectionId, assetIds: $assetIds) {\n      id\n      assetCount\n    }\n  }\n": types.AddToCollectionDocument,
    "\n  query MetadataFields {\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n": types.MetadataFieldsDocument,
    "\n  mutation BulkSetMetadata($input: BulkSetAssetMetadataInput!) {\n    bulkSetAssetMetadata(input: $input) {\n      id\n      revision\n    }\n  }\n": types.BulkSetMetadataDocument,
    "\n  query ExportForEditing($collectionId: ID!, $format: EditingExportFormat!, $drive: Boolean, $conform: Boolean) {\n    exportCollectionForEditing(collectionId: $collectionId, format: $format, drive: $drive, conform: $conform) {\n      filename\n      content\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n": types.ExportForEditingDocument,
    "\n  mutation RerunCollectionEnrichment($collectionId: ID!, $kinds: [String!]) {\n    rerunCollectionEnrichment(collectionId: $collectionId, kinds: $kinds) {\n      assets\n      jobs {\n        kind\n      }\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n": types.RerunCollectionEnrichmentDocument,
    "\n  query People {\n    people(first: 200) {\n      id\n      name\n      faceCount\n      faces(first: 1) {\n        id\n        imageUrl\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      faceCount\n      faces(first: 48) {\n        id\n        assetId\n        versionId\n        startFrame\n        timecode\n        imageUrl\n        confidence\n      }\n      appearances(first: 50) {\n        versionId\n        asset {\n          id\n          title\n        }\n        segment {\n          id\n          startFrame\n          endFrame\n          timecode\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query FaceRecognition {\n    faceRecognition {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n": types.FaceRecognitionDocument,
    "\n  mutation NamePerson($personId: ID!, $name: String!) {\n    namePerson(personId: $personId, name: $name) {\n      id\n      name\n    }\n  }\n": types.NamePersonDocument,
    "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId) {\n      id\n      faceCount\n    }\n  }\n": types.MergePeopleDocument,
    "\n  mutation SplitPerson($personId: ID!, $faceIds: [ID!]!) {\n    splitPerson(personId: $personId, faceIds: $faceIds) {\n      id\n      faceCount\n    }\n  }\n": types.SplitPersonDocument,
    "\n  mutation NotThisPerson($segmentId: ID!) {\n    notThisPerson(segmentId: $segmentId) {\n      id\n      name\n    }\n  }\n": types.NotThisPersonDocument,
    "\n  mutation SetFaceRecognition($enabled: Boolean!) {\n    setFaceRecognition(enabled: $enabled) {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n": types.SetFaceRecognitionDocument,
    "\n  mutation DeleteFaceData {\n    deleteFaceData\n  }\n": types.DeleteFaceDataDocument,
    "\n  query Logos {\n    logos {\n      id\n      name\n      wordmarks\n      imageCount\n      createdBy\n      createdAt\n    }\n  }\n": types.LogosDocument,
    "\n  mutation CreateLogo($input: CreateLogoInput!) {\n    createLogo(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateLogoDocument,
    "\n  mutation DeleteLogo($id: ID!) {\n    deleteLogo(id: $id)\n  }\n": types.DeleteLogoDocument,
    "\n  query GuestMedia($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewMedia {\n        status\n        reason\n        streamUrl\n        posterUrl\n        downloadProxyUrl\n        downloadMasterUrl\n        downloadMasterRefusal\n      }\n    }\n  }\n": types.GuestMediaDocument,
    "\n  query Reviews {\n    reviews(first: 50) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        currentVersion {\n          id\n          reviewStatus\n        }\n      }\n    }\n  }\n": types.ReviewsDocument,
    "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    versionId\n    parentId\n    body\n    frameIn\n    frameOut\n    timecodeIn\n    timecodeOut\n    internal\n    resolved\n    createdAt\n    author {\n      id\n      name\n      kind\n    }\n    annotations {\n      kind\n      color\n      text\n      points {\n        x\n        y\n      }\n    }\n  }\n": types.ReviewCommentFieldsFragmentDoc,
    "\n  query ReviewVersion($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewStatus\n      reviewTiming {\n        frameRate\n        startTimecode\n        dropFrame\n        durationFrames\n      }\n      reviewComments {\n        ...ReviewCommentFields\n      }\n    }\n  }\n": types.ReviewVersionDocument,
    "\n  query ReviewPage($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        myRole\n        currentVersion {\n          id\n        }\n        versions {\n          id\n          number\n          current\n          renditions {\n            kind\n            status\n            url\n          }\n        }\n      }\n    }\n  }\n": types.ReviewPageDocument,
    "\n  query ReviewDecisions($id: ID!, $versionId: ID!) {\n    review(id: $id) {\n      id\n      decisions(versionId: $versionId) {\n        id\n        reviewer\n        decision\n        note\n        decidedAt\n      }\n    }\n  }\n": types.ReviewDecisionsDocument,
    "\n  subscription ReviewActivity($reviewId: ID, $assetId: ID) {\n    reviewActivity(reviewId: $reviewId, assetId: $assetId) {\n      type\n      versionId\n      commentId\n      actor\n      actorName\n      frame\n      decision\n      status\n      at\n    }\n  }\n": types.ReviewActivityDocument,
    "\n  mutation PostReviewComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n": types.PostReviewCommentDocument,
    "\n  mutation ResolveReviewComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ResolveReviewCommentDocument,
    "\n  mutation ReopenReviewComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n": types.ReopenReviewCommentDocument,
    "\n  mutation DecideVersion($input: DecideVersionInput!) {\n    decideVersion(input: $input) {\n      status\n      decision {\n        id\n        decision\n      }\n    }\n  }\n": types.DecideVersionDocument,
    "\n  mutation ReportPresence($versionId: ID!, $frame: Int) {\n    reportPresence(versionId: $versionId, frame: $frame)\n  }\n": types.ReportPresenceDocument,
    "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n    }\n  }\n": types.CreateReviewDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        id\n        permissions\n        hasPassword\n        expiresAt\n      }\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  query ReviewersPicker {\n    workspaceMembers {\n      subject\n      kind\n      active\n      email\n      name\n    }\n  }\n": types.ReviewersPickerDocument,
    "\n  query GuestAccess {\n    guestAccess {\n      linkId\n      scope\n      reviewId\n      assetId\n      permissions\n      name\n      email\n      expiresAt\n      versions {\n        id\n        reviewStatus\n      }\n    }\n  }\n": types.GuestAccessDocument,
    "\n  query GuestReview($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      dueAt\n      policy\n    }\n  }\n": types.GuestReviewDocument,
    "\n  query ReviewFilmstrip($assetId: ID!) {\n    asset(id: $assetId) {\n      id\n      versions {\n        id\n        renditions {\n          kind\n          status\n          url\n          details\n        }\n      }\n    }\n  }\n": types.ReviewFilmstripDocument,
    "\n  query DriveSettings {\n    driveMount {\n      url\n      macos\n      windows\n      linux\n    }\n    myAppPasswords {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n": types.DriveSettingsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      secret\n      username\n      mountUrl\n      appPassword {\n        id\n        name\n      }\n    }\n  }\n": types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n": types.RevokeAppPasswordDocument,
    "\n  subscription IngestProgress($assetId: ID!) {\n    ingestProgress(assetId: $assetId) {\n      assetId\n      versionId\n      jobId\n      kind\n      status\n      progress\n      reason\n    }\n  }\n": types.IngestProgressDocument,
    "\n  query AssetIngest($id: ID!) {\n    asset(id: $id) {\n      id\n      ingestStatus\n      ingestStatusReason\n      ingestJobs {\n        id\n        versionId\n        kind\n        status\n        progress\n        reason\n      }\n    }\n  }\n": types.AssetIngestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      createdAt\n      email\n      name\n    }\n    invites {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      url\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id)\n  }\n"): typeof import('./graphql').RevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($subject: String!, $role: Role!) {\n    setMemberRole(subject: $subject, role: $role) {\n      subject\n      role\n    }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGroups {\n    accessGroups {\n      id\n      name\n      members\n      createdAt\n    }\n    workspaceMembers {\n      subject\n      kind\n      role\n      active\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').AccessGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessGroup($name: String!) {\n    createAccessGroup(name: $name) {\n      id\n      name\n      members\n    }\n  }\n"): typeof import('./graphql').CreateAccessGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccessGroup($id: ID!) {\n    deleteAccessGroup(id: $id)\n  }\n"): typeof import('./graphql').DeleteAccessGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    addAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n"): typeof import('./graphql').AddAccessGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAccessGroupMembers($groupId: ID!, $subjects: [String!]!) {\n    removeAccessGroupMembers(groupId: $groupId, subjects: $subjects) {\n      id\n      members\n    }\n  }\n"): typeof import('./graphql').RemoveAccessGroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n          }\n        }\n      }\n    }\n    assets(first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGrants($target: AccessTargetInput!) {\n    accessGrants(target: $target) {\n      id\n      target\n      principal\n      role\n      grantedBy\n      grantedAt\n    }\n  }\n"): typeof import('./graphql').AccessGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      id\n      target\n      principal\n      role\n    }\n  }\n"): typeof import('./graphql').GrantAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccess($id: ID!) {\n    revokeAccess(id: $id)\n  }\n"): typeof import('./graphql').RevokeAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      createdBy\n      createdAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetadataAdmin {\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n    metadataSchemas {\n      id\n      name\n      assetTypes\n      fields {\n        key\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').MetadataAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineMetadataField($input: DefineMetadataFieldInput!) {\n    defineMetadataField(input: $input) {\n      key\n      label\n      type\n    }\n  }\n"): typeof import('./graphql').DefineMetadataFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineMetadataSchema($input: DefineMetadataSchemaInput!) {\n    defineMetadataSchema(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DefineMetadataSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageSources {\n    storageSources {\n      id\n      name\n      kind\n      mode\n      settings\n      hasCredentials\n      scheduleMinutes\n      watch\n      createdAt\n      scan {\n        state\n        requested\n        listed\n        queued\n        missing\n        startedAt\n        finishedAt\n        nextScanAt\n        error\n      }\n    }\n  }\n"): typeof import('./graphql').StorageSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStorageSource($input: CreateStorageSourceInput!) {\n    createStorageSource(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateStorageSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScanStorageSource($id: ID!) {\n    scanStorageSource(id: $id) {\n      id\n      scan {\n        requested\n      }\n    }\n  }\n"): typeof import('./graphql').ScanStorageSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveOverview {\n    archiveLocations {\n      name\n      usedForCopies\n      freeBytes\n    }\n    archivePolicies {\n      id\n      name\n      collectionId\n      olderThanDays\n      metadataField\n      metadataValue\n      daysAfterDelivery\n      everyMinutes\n      nextRunAt\n      retentionDays\n      locations\n      createdBy\n      createdAt\n    }\n    collections(parentId: null, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArchivePolicy($input: ArchivePolicyInput!) {\n    createArchivePolicy(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateArchivePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunArchivePolicy($id: ID!, $dryRun: Boolean!) {\n    runArchivePolicy(id: $id, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RunArchivePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCollection($collectionId: ID!, $dryRun: Boolean!) {\n    archiveCollection(collectionId: $collectionId, dryRun: $dryRun) {\n      dryRun\n      totalBytes\n      assets {\n        assetId\n        title\n        versionIds\n        bytes\n      }\n      blocked {\n        assetId\n        title\n        reason\n      }\n      jobs {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetArchive($id: ID!) {\n    asset(id: $id) {\n      id\n      storageTier\n      archive {\n        tier\n        copies {\n          packageId\n          location\n          status\n          payloadBytes\n          createdAt\n          lastFixityAt\n          lastFixityResult\n        }\n        lastFixity {\n          location\n          checkedAt\n          result\n          detail\n        }\n        legalHold {\n          reason\n          placedBy\n          placedAt\n        }\n        jobs {\n          id\n          kind\n          status\n          progress\n          reason\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAsset($assetId: ID!) {\n    restoreAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n"): typeof import('./graphql').RestoreAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAsset($assetId: ID!) {\n    archiveAsset(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n    }\n  }\n"): typeof import('./graphql').ArchiveAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ArchiveJobs($assetId: ID!) {\n    archiveJobs(assetId: $assetId) {\n      id\n      kind\n      status\n      progress\n      reason\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').ArchiveJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceLegalHold($assetId: ID!, $reason: String!) {\n    placeLegalHold(assetId: $assetId, reason: $reason) {\n      reason\n      placedBy\n      placedAt\n    }\n  }\n"): typeof import('./graphql').PlaceLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLegalHold($assetId: ID!) {\n    releaseLegalHold(assetId: $assetId)\n  }\n"): typeof import('./graphql').ReleaseLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetPage($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      description\n      type\n      revision\n      createdAt\n      createdBy\n      updatedAt\n      myRole\n      tags\n      ingestStatus\n      ingestStatusReason\n      storageTier\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n      metadata {\n        key\n        label\n        type\n        value\n      }\n      collections {\n        id\n        name\n      }\n      currentVersion {\n        id\n      }\n      versions {\n        id\n        number\n        filename\n        size\n        createdAt\n        createdBy\n        current\n        note\n        technicalMetadata {\n          mediaKind\n          mimeType\n          format\n          fileSize\n          durationSeconds\n          frameRate\n          durationFrames\n          startTimecode\n          width\n          height\n          bitRate\n          error\n        }\n        renditions {\n          id\n          kind\n          status\n          progress\n          reason\n          url\n          width\n          height\n          durationSeconds\n          details\n          hls {\n            url\n            status\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n      required\n      description\n      system\n    }\n  }\n"): typeof import('./graphql').AssetPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetHistory($id: ID!) {\n    asset(id: $id) {\n      id\n      history(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actor\n            at\n            revision\n            version {\n              number\n            }\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssetMetadata($input: SetAssetMetadataInput!) {\n    setAssetMetadata(input: $input) {\n      id\n      revision\n      metadata {\n        key\n        label\n        type\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').SetAssetMetadataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      id\n      revision\n      title\n      description\n    }\n  }\n"): typeof import('./graphql').UpdateAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssetTags($assetId: ID!, $expectedRevision: Int!, $tags: [String!]!) {\n    setAssetTags(assetId: $assetId, expectedRevision: $expectedRevision, tags: $tags) {\n      id\n      revision\n      tags\n    }\n  }\n"): typeof import('./graphql').SetAssetTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOutAsset($id: ID!, $expectedRevision: Int) {\n    checkOutAsset(id: $id, expectedRevision: $expectedRevision) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CheckOutAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAsset($id: ID!) {\n    checkInAsset(id: $id) {\n      id\n      revision\n      lock {\n        holder\n        acquiredAt\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteVersion($assetId: ID!, $versionId: ID!, $expectedRevision: Int!) {\n    promoteVersion(assetId: $assetId, versionId: $versionId, expectedRevision: $expectedRevision) {\n      id\n      revision\n      currentVersion {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PromoteVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryProfiles {\n    deliveryProfiles {\n      id\n      name\n      builtIn\n      container\n      spec\n    }\n  }\n"): typeof import('./graphql').DeliveryProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeliveryProfile($input: CreateDeliveryProfileInput!) {\n    createDeliveryProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateDeliveryProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliveryProfile($id: ID!, $input: CreateDeliveryProfileInput!) {\n    updateDeliveryProfile(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateDeliveryProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeliveryProfile($id: ID!) {\n    deleteDeliveryProfile(id: $id)\n  }\n"): typeof import('./graphql').DeleteDeliveryProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Destinations {\n    destinations {\n      id\n      name\n      kind\n      settings\n      hasCredentials\n      territory\n      channel\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DestinationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDestination($input: CreateDestinationInput!) {\n    createDestination(input: $input) {\n      id\n      name\n      kind\n      hasCredentials\n    }\n  }\n"): typeof import('./graphql').CreateDestinationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDestination($id: ID!) {\n    deleteDestination(id: $id)\n  }\n"): typeof import('./graphql').DeleteDestinationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryRules {\n    deliveryRules {\n      id\n      name\n      trigger\n      collectionId\n      metadataField\n      metadataValue\n      enabled\n      createdAt\n      profiles {\n        id\n        name\n      }\n      destinations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveryRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeliveryRule($input: CreateDeliveryRuleInput!) {\n    createDeliveryRule(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateDeliveryRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeliveryRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setDeliveryRuleEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"): typeof import('./graphql').SetDeliveryRuleEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeliveryRule($id: ID!) {\n    deleteDeliveryRule(id: $id)\n  }\n"): typeof import('./graphql').DeleteDeliveryRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryHead on Delivery {\n    id\n    ruleId\n    requestedBy\n    status\n    reason\n    createdAt\n    updatedAt\n    masterLoudness {\n      integrated\n      range\n      truePeak\n    }\n    destinations {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').DeliveryHeadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutputSummary on DeliveryOutput {\n    profileId\n    profileName\n    status\n    progress\n    reason\n    loudnessMode\n    loudness {\n      integrated\n      truePeak\n    }\n    verification {\n      passed\n      differences\n    }\n  }\n"): typeof import('./graphql').OutputSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliverySummary on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n    }\n  }\n"): typeof import('./graphql').DeliverySummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryDetail on Delivery {\n    ...DeliveryHead\n    outputs {\n      ...OutputSummary\n      files\n      transfers {\n        destinationId\n        status\n        location\n        attempts\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveryDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries {\n    deliveries(first: 20) {\n      ...DeliverySummary\n      asset {\n        id\n        title\n      }\n      version {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryDetail($id: ID!) {\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n"): typeof import('./graphql').DeliveryDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetDeliveries($id: ID!) {\n    asset(id: $id) {\n      id\n      distributionStatus\n      deliveries(first: 10) {\n        ...DeliverySummary\n        version {\n          id\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssetDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryProgress($deliveryId: ID!) {\n    deliveryProgress(deliveryId: $deliveryId) {\n      ...DeliveryDetail\n    }\n  }\n"): typeof import('./graphql').DeliveryProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverVersion($input: DeliverVersionInput!) {\n    deliverVersion(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeliverVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redeliver($deliveryId: ID!) {\n    redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDelivery($deliveryId: ID!) {\n    cancelDelivery(deliveryId: $deliveryId) {\n      id\n      status\n      reason\n    }\n  }\n"): typeof import('./graphql').CancelDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryTargets($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      versions {\n        id\n        number\n        current\n      }\n    }\n  }\n"): typeof import('./graphql').DeliveryTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryRuleTargets {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n"): typeof import('./graphql').DeliveryRuleTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionTranscript($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      transcript {\n        language\n        engine {\n          engine\n          model\n        }\n        vtt\n        srt\n        segments {\n          id\n          index\n          startFrame\n          endFrame\n          timecode\n          text\n          corrected\n          correctedBy\n          correctedAt\n          words {\n            text\n            startFrame\n            endFrame\n            confidence\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VersionTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionEnrichmentSegments($versionId: ID!) {\n    assetVersion(id: $versionId) {\n      id\n      enrichmentSegments(kinds: [PERSON, LABEL, TEXT, LOGO]) {\n        id\n        kind\n        text\n        startFrame\n        endFrame\n        timecode\n        confidence\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VersionEnrichmentSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectTranscriptSegment($versionId: ID!, $segmentId: ID!, $text: String!) {\n    correctTranscriptSegment(versionId: $versionId, segmentId: $segmentId, text: $text) {\n      id\n      text\n      corrected\n      correctedBy\n      correctedAt\n    }\n  }\n"): typeof import('./graphql').CorrectTranscriptSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAssets(\n    $query: String\n    $filter: AssetSearchFilter\n    $sort: AssetSearchSort\n    $facets: [String!]\n    $after: String\n  ) {\n    # A literal page size (the gateway prices a variable one at 100): 60 fill a large screen in one answer.\n    searchAssets(query: $query, filter: $filter, sort: $sort, facets: $facets, first: 60, after: $after) {\n      total\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        name\n        buckets {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        highlights\n        segments(first: 1) {\n          kind\n          text\n          startFrame\n          timecode\n        }\n        node {\n          id\n          title\n          type\n          createdAt\n          ingestStatus\n          ingestStatusReason\n          storageTier\n          sourceFile {\n            path\n            missing\n            missingSince\n            source {\n              name\n            }\n          }\n          currentVersion {\n            id\n            number\n            filename\n            technicalMetadata {\n              mediaKind\n              durationSeconds\n              width\n              height\n              frameRate\n            }\n            renditions {\n              kind\n              status\n              url\n              details\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestAssets($prefix: String!) {\n    suggestAssets(prefix: $prefix, first: 8) {\n      highlight\n      matchedField\n      asset {\n        id\n        title\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').SuggestAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collections($parentId: ID) {\n    collections(parentId: $parentId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          assetCount\n          savedQuery\n          savedFilters\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').SaveSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').CreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collection($id: ID!) {\n    collection(id: $id) {\n      id\n      name\n      kind\n      description\n      savedQuery\n      savedFilters\n      assetCount\n      path {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCollection($collectionId: ID!, $assetIds: [ID!]!) {\n    addAssetsToCollection(collectionId: $collectionId, assetIds: $assetIds) {\n      id\n      assetCount\n    }\n  }\n"): typeof import('./graphql').AddToCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetadataFields {\n    metadataFields {\n      key\n      label\n      type\n      choices\n    }\n  }\n"): typeof import('./graphql').MetadataFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkSetMetadata($input: BulkSetAssetMetadataInput!) {\n    bulkSetAssetMetadata(input: $input) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').BulkSetMetadataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportForEditing($collectionId: ID!, $format: EditingExportFormat!, $drive: Boolean, $conform: Boolean) {\n    exportCollectionForEditing(collectionId: $collectionId, format: $format, drive: $drive, conform: $conform) {\n      filename\n      content\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ExportForEditingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunCollectionEnrichment($collectionId: ID!, $kinds: [String!]) {\n    rerunCollectionEnrichment(collectionId: $collectionId, kinds: $kinds) {\n      assets\n      jobs {\n        kind\n      }\n      skipped {\n        assetId\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').RerunCollectionEnrichmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people(first: 200) {\n      id\n      name\n      faceCount\n      faces(first: 1) {\n        id\n        imageUrl\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      faceCount\n      faces(first: 48) {\n        id\n        assetId\n        versionId\n        startFrame\n        timecode\n        imageUrl\n        confidence\n      }\n      appearances(first: 50) {\n        versionId\n        asset {\n          id\n          title\n        }\n        segment {\n          id\n          startFrame\n          endFrame\n          timecode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaceRecognition {\n    faceRecognition {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n"): typeof import('./graphql').FaceRecognitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NamePerson($personId: ID!, $name: String!) {\n    namePerson(personId: $personId, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').NamePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!) {\n    mergePeople(keepId: $keepId, mergeId: $mergeId) {\n      id\n      faceCount\n    }\n  }\n"): typeof import('./graphql').MergePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitPerson($personId: ID!, $faceIds: [ID!]!) {\n    splitPerson(personId: $personId, faceIds: $faceIds) {\n      id\n      faceCount\n    }\n  }\n"): typeof import('./graphql').SplitPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotThisPerson($segmentId: ID!) {\n    notThisPerson(segmentId: $segmentId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').NotThisPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFaceRecognition($enabled: Boolean!) {\n    setFaceRecognition(enabled: $enabled) {\n      enabled\n      changedBy\n      changedAt\n    }\n  }\n"): typeof import('./graphql').SetFaceRecognitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaceData {\n    deleteFaceData\n  }\n"): typeof import('./graphql').DeleteFaceDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Logos {\n    logos {\n      id\n      name\n      wordmarks\n      imageCount\n      createdBy\n      createdAt\n    }\n  }\n"): typeof import('./graphql').LogosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLogo($input: CreateLogoInput!) {\n    createLogo(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLogo($id: ID!) {\n    deleteLogo(id: $id)\n  }\n"): typeof import('./graphql').DeleteLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestMedia($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewMedia {\n        status\n        reason\n        streamUrl\n        posterUrl\n        downloadProxyUrl\n        downloadMasterUrl\n        downloadMasterRefusal\n      }\n    }\n  }\n"): typeof import('./graphql').GuestMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reviews {\n    reviews(first: 50) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        currentVersion {\n          id\n          reviewStatus\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCommentFields on ReviewComment {\n    id\n    versionId\n    parentId\n    body\n    frameIn\n    frameOut\n    timecodeIn\n    timecodeOut\n    internal\n    resolved\n    createdAt\n    author {\n      id\n      name\n      kind\n    }\n    annotations {\n      kind\n      color\n      text\n      points {\n        x\n        y\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewVersion($id: ID!) {\n    reviewVersion(id: $id) {\n      id\n      reviewStatus\n      reviewTiming {\n        frameRate\n        startTimecode\n        dropFrame\n        durationFrames\n      }\n      reviewComments {\n        ...ReviewCommentFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      policy\n      quorum\n      dueAt\n      createdBy\n      createdAt\n      reviewers {\n        id\n        kind\n      }\n      assets {\n        id\n        title\n        myRole\n        currentVersion {\n          id\n        }\n        versions {\n          id\n          number\n          current\n          renditions {\n            kind\n            status\n            url\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewDecisions($id: ID!, $versionId: ID!) {\n    review(id: $id) {\n      id\n      decisions(versionId: $versionId) {\n        id\n        reviewer\n        decision\n        note\n        decidedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReviewActivity($reviewId: ID, $assetId: ID) {\n    reviewActivity(reviewId: $reviewId, assetId: $assetId) {\n      type\n      versionId\n      commentId\n      actor\n      actorName\n      frame\n      decision\n      status\n      at\n    }\n  }\n"): typeof import('./graphql').ReviewActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostReviewComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostReviewCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReviewComment($id: ID!) {\n    resolveComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"): typeof import('./graphql').ResolveReviewCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenReviewComment($id: ID!) {\n    reopenComment(id: $id) {\n      id\n      resolved\n    }\n  }\n"): typeof import('./graphql').ReopenReviewCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideVersion($input: DecideVersionInput!) {\n    decideVersion(input: $input) {\n      status\n      decision {\n        id\n        decision\n      }\n    }\n  }\n"): typeof import('./graphql').DecideVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPresence($versionId: ID!, $frame: Int) {\n    reportPresence(versionId: $versionId, frame: $frame)\n  }\n"): typeof import('./graphql').ReportPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReview($input: CreateReviewInput!) {\n    createReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      token\n      link {\n        id\n        permissions\n        hasPassword\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewersPicker {\n    workspaceMembers {\n      subject\n      kind\n      active\n      email\n      name\n    }\n  }\n"): typeof import('./graphql').ReviewersPickerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestAccess {\n    guestAccess {\n      linkId\n      scope\n      reviewId\n      assetId\n      permissions\n      name\n      email\n      expiresAt\n      versions {\n        id\n        reviewStatus\n      }\n    }\n  }\n"): typeof import('./graphql').GuestAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestReview($id: ID!) {\n    review(id: $id) {\n      id\n      title\n      dueAt\n      policy\n    }\n  }\n"): typeof import('./graphql').GuestReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewFilmstrip($assetId: ID!) {\n    asset(id: $assetId) {\n      id\n      versions {\n        id\n        renditions {\n          kind\n          status\n          url\n          details\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewFilmstripDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriveSettings {\n    driveMount {\n      url\n      macos\n      windows\n      linux\n    }\n    myAppPasswords {\n      id\n      name\n      createdAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').DriveSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      secret\n      username\n      mountUrl\n      appPassword {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAppPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n"): typeof import('./graphql').RevokeAppPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IngestProgress($assetId: ID!) {\n    ingestProgress(assetId: $assetId) {\n      assetId\n      versionId\n      jobId\n      kind\n      status\n      progress\n      reason\n    }\n  }\n"): typeof import('./graphql').IngestProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetIngest($id: ID!) {\n    asset(id: $id) {\n      id\n      ingestStatus\n      ingestStatusReason\n      ingestJobs {\n        id\n        versionId\n        kind\n        status\n        progress\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').AssetIngestDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
