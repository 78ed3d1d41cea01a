export {
  rightsRefusal,
  utcDay,
  type AssetRights,
  type RightsTarget,
  type RightsRefusal,
  type RightsRefusalCode,
} from './rights-refusal';
export { assetRights, metadataObject } from './asset-rights';
